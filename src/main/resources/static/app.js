// The reporters' search page. All state lives in the URL (q, sort, page, person, organization, from, to, article),
// so searches can be bookmarked and shared and Back/Forward work. No framework, no inline code (strict CSP).
'use strict';

const PAGE_SIZE = 10;
const FACET_SHOWN = 8;
const $ = (id) => document.getElementById(id);

let state = readState();
let activeHit = -1;
let debounceTimer = 0;
let requestSeq = 0;
const expanded = { person: false, organization: false };
let lastResults = null;

function readState() {
  const p = new URLSearchParams(location.search);
  return {
    q: p.get('q') || '',
    sort: p.get('sort') || 'relevance',
    page: Math.max(0, parseInt(p.get('page') || '0', 10) || 0),
    person: p.getAll('person'),
    organization: p.getAll('organization'),
    from: p.get('from') || '',
    to: p.get('to') || '',
    article: p.get('article') || '',
    entity: p.get('entity') || '',
  };
}

function stateToParams(s) {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  if (s.sort && s.sort !== 'relevance') p.set('sort', s.sort);
  if (s.page) p.set('page', String(s.page));
  s.person.forEach((v) => p.append('person', v));
  s.organization.forEach((v) => p.append('organization', v));
  if (s.from) p.set('from', s.from);
  if (s.to) p.set('to', s.to);
  if (s.article) p.set('article', s.article);
  if (s.entity) p.set('entity', s.entity);
  return p;
}

function navigate(changes, { replace = false } = {}) {
  state = { ...state, ...changes };
  const query = stateToParams(state).toString();
  const url = query ? `?${query}` : location.pathname;
  if (replace) history.replaceState(null, '', url); else history.pushState(null, '', url);
  render();
}

function text(tag, content, className) {
  const el = document.createElement(tag);
  if (content !== undefined && content !== null) el.textContent = content;
  if (className) el.className = className;
  return el;
}

// Snippets arrive HTML-escaped with <mark> around matches. Build DOM nodes from them instead of using innerHTML,
// so nothing in an article can ever become live markup here.
const decoder = document.createElement('textarea');
function decodeEntities(s) { decoder.innerHTML = s; return decoder.value; }
function marked(tag, escapedHtml, className) {
  const el = text(tag, null, className);
  escapedHtml.split(/(<mark>|<\/mark>)/).reduce((inMark, part) => {
    if (part === '<mark>') return true;
    if (part === '</mark>') return false;
    if (part) {
      const node = document.createTextNode(decodeEntities(part));
      if (inMark) { const m = document.createElement('mark'); m.appendChild(node); el.appendChild(m); }
      else el.appendChild(node);
    }
    return inMark;
  }, false);
  return el;
}

function formatDate(iso) { return iso ? iso.substring(0, 10) : ''; }

function apiParams() {
  const p = new URLSearchParams();
  p.set('q', state.q);
  p.set('sort', state.sort);
  p.set('page', String(state.page));
  p.set('size', String(PAGE_SIZE));
  p.set('facetSize', '50');
  p.set('collapse', 'true');
  state.person.forEach((v) => p.append('person', v));
  state.organization.forEach((v) => p.append('organization', v));
  if (state.from) p.set('from', state.from);
  if (state.to) p.set('to', state.to);
  return p;
}

async function render() {
  $('q').value !== state.q && document.activeElement !== $('q') && ($('q').value = state.q);
  $('sort').value = state.sort;
  $('from').value = state.from;
  $('to').value = state.to;
  renderSelected();
  if (state.article) { await showArticle(state.article); return; }
  if (state.entity) { await showEntity(state.entity); return; }
  $('article').hidden = true;
  document.querySelector('.results').hidden = false;
  document.querySelector('.facets').hidden = false;
  await search();
}

async function search() {
  const seq = ++requestSeq;
  const response = await fetch(`/api/v1/search?${apiParams()}`, { headers: { Accept: 'application/json' } });
  if (seq !== requestSeq) return; // a newer search has started
  const body = await response.json();
  if (!response.ok) { showError(body.detail || 'The search failed.'); return; }
  $('error').hidden = true;
  lastResults = body;
  renderStatus(body);
  renderHits(body.hits);
  renderFacet('person', body.facets.persons);
  renderFacet('organization', body.facets.organizations);
  renderHistogram(body.facets);
  renderPager(body);
}

function showError(message) {
  $('error').textContent = message;
  $('error').hidden = false;
  $('hits').replaceChildren();
  $('pager').replaceChildren();
  $('status').textContent = '';
}

function renderStatus(r) {
  const status = $('status');
  status.replaceChildren();
  const n = r.total.toLocaleString('en');
  status.append(`${n} article${r.total === 1 ? '' : 's'} · ${r.tookMs} ms`);
  if (r.relaxed) status.append(' · no article has every word; showing those with most of them');
  if (r.didYouMean) {
    status.append(' · Did you mean ');
    const a = text('a', r.didYouMean);
    a.href = `?${new URLSearchParams({ q: r.didYouMean })}`;
    a.addEventListener('click', (e) => { e.preventDefault(); navigate({ q: r.didYouMean, page: 0 }); });
    status.append(a, '?');
  }
}

function renderHits(hits) {
  const list = $('hits');
  list.replaceChildren();
  activeHit = -1;
  hits.forEach((hit) => {
    const li = text('li', null, 'hit');
    const h3 = document.createElement('h3');
    const link = marked('a', hit.titleHighlighted);
    link.href = `?${stateToParams({ ...state, article: hit.id })}`;
    link.addEventListener('click', (e) => { e.preventDefault(); navigate({ article: hit.id }); });
    h3.appendChild(link);
    li.appendChild(h3);
    const meta = [formatDate(hit.published), hit.site || hit.source, hit.author ? `by ${hit.author}` : '']
      .filter(Boolean).join(' · ');
    li.appendChild(text('div', meta, 'meta'));
    hit.snippets.forEach((s) => li.appendChild(marked('p', s, 'snippet')));
    if (hit.otherVersions > 0) {
      li.appendChild(text('div', `${hit.otherVersions} other version${hit.otherVersions === 1 ? '' : 's'} of this story`, 'versions'));
    }
    const chips = text('div', null, 'entities');
    hit.persons.slice(0, 4).forEach((name) => chips.appendChild(entityChip('person', name)));
    hit.organizations.slice(0, 3).forEach((name) => chips.appendChild(entityChip('organization', name)));
    if (chips.childElementCount) li.appendChild(chips);
    list.appendChild(li);
  });
}

function entityChip(type, name) {
  const chip = text('button', name, 'chip small');
  chip.type = 'button';
  chip.title = `Only articles with ${name}`;
  chip.addEventListener('click', () => addFilter(type, name));
  return chip;
}

function addFilter(type, name) {
  if (state[type].includes(name)) return;
  navigate({ [type]: [...state[type], name], page: 0, article: '' });
}

function removeFilter(type, name) {
  navigate({ [type]: state[type].filter((v) => v !== name), page: 0 });
}

function renderSelected() {
  const box = $('selected');
  box.replaceChildren();
  ['person', 'organization'].forEach((type) => state[type].forEach((name) => {
    const chip = text('button', `${name} ✕`, 'chip');
    chip.type = 'button';
    chip.setAttribute('aria-label', `Remove filter ${name}`);
    chip.addEventListener('click', () => removeFilter(type, name));
    box.appendChild(chip);
  }));
  if (state.from || state.to) {
    const chip = text('button', `${state.from || '…'} – ${state.to || '…'} ✕`, 'chip');
    chip.type = 'button';
    chip.setAttribute('aria-label', 'Remove date filter');
    chip.addEventListener('click', () => navigate({ from: '', to: '', page: 0 }));
    box.appendChild(chip);
  }
}

function renderFacet(type, values) {
  const list = $(type === 'person' ? 'persons' : 'organizations');
  const filter = $(`${type}-filter`).value.trim().toLowerCase();
  list.replaceChildren();
  const visible = values.filter((v) => !state[type].includes(v.value))
    .filter((v) => !filter || v.value.toLowerCase().includes(filter));
  const shown = expanded[type] ? visible : visible.slice(0, FACET_SHOWN);
  shown.forEach((v) => {
    const li = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.append(text('span', v.value), text('span', v.count.toLocaleString('en'), 'count'));
    button.setAttribute('aria-label', `${v.value}, ${v.count} articles`);
    button.addEventListener('click', () => addFilter(type, v.value));
    li.appendChild(button);
    list.appendChild(li);
  });
  if (visible.length > FACET_SHOWN) {
    const li = document.createElement('li');
    const more = text('button', expanded[type] ? 'Show fewer' : `Show ${visible.length - FACET_SHOWN} more`, 'more');
    more.type = 'button';
    more.addEventListener('click', () => { expanded[type] = !expanded[type]; renderFacet(type, values); });
    li.appendChild(more);
    list.appendChild(li);
  }
}

let dragStart = null;
function renderHistogram(facets) {
  const box = $('histogram');
  box.replaceChildren();
  const buckets = facets.dates;
  const max = Math.max(1, ...buckets.map((b) => b.count));
  buckets.forEach((b, i) => {
    const bar = document.createElement('button');
    bar.type = 'button';
    bar.className = b.count ? 'bar' : 'bar empty';
    bar.dataset.index = String(i);
    bar.style.height = `${Math.max(2, Math.round((b.count / max) * 100))}%`;
    bar.title = `${b.label}: ${b.count} article${b.count === 1 ? '' : 's'}`;
    bar.setAttribute('aria-label', bar.title);
    bar.addEventListener('mousedown', (e) => { dragStart = i; e.preventDefault(); });
    bar.addEventListener('mouseenter', () => highlightDrag(i));
    bar.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); pickRange(i, i); } });
    box.appendChild(bar);
  });
  $('histogram-axis').textContent = buckets.length
    ? `${buckets[0].label} – ${buckets[buckets.length - 1].label} (by ${facets.dateInterval}; click or drag to filter)`
    : 'No dated articles';
}

function highlightDrag(current) {
  if (dragStart === null) return;
  const [lo, hi] = [Math.min(dragStart, current), Math.max(dragStart, current)];
  $('histogram').querySelectorAll('.bar').forEach((bar, i) => bar.classList.toggle('in-drag', i >= lo && i <= hi));
}

document.addEventListener('mouseup', (e) => {
  if (dragStart === null) return;
  const target = e.target.closest && e.target.closest('.bar');
  const end = target ? parseInt(target.dataset.index, 10) : dragStart;
  const start = dragStart;
  dragStart = null;
  pickRange(Math.min(start, end), Math.max(start, end));
});

function pickRange(lo, hi) {
  const buckets = lastResults ? lastResults.facets.dates : [];
  if (!buckets[lo] || !buckets[hi]) return;
  navigate({ from: buckets[lo].from, to: buckets[hi].to, page: 0 });
}

function renderPager(r) {
  const nav = $('pager');
  nav.replaceChildren();
  const pages = Math.ceil(r.total / PAGE_SIZE);
  if (pages <= 1) return;
  if (state.page > 0) nav.appendChild(pagerButton('← Previous', state.page - 1));
  nav.appendChild(text('span', `Page ${state.page + 1} of ${pages}`));
  if (state.page + 1 < pages) nav.appendChild(pagerButton('Next →', state.page + 1));
}

function pagerButton(label, page) {
  const b = text('button', label);
  b.type = 'button';
  b.addEventListener('click', () => { navigate({ page }); window.scrollTo(0, 0); });
  return b;
}

// Shows the full-width view (article or entity) with a Back button; returns the view, the button and the answer.
async function openView(url, backLabel) {
  const view = $('article');
  document.querySelector('.results').hidden = true;
  document.querySelector('.facets').hidden = true;
  view.hidden = false;
  view.replaceChildren(text('p', 'Loading…'));
  const response = await fetch(url);
  const body = await response.json();
  view.replaceChildren();
  const back = text('button', backLabel, 'back');
  back.type = 'button';
  back.addEventListener('click', () => history.back());
  view.appendChild(back);
  if (!response.ok) view.appendChild(text('p', body.detail || 'Not found', 'error'));
  return { view, back, body, ok: response.ok };
}

async function showArticle(id) {
  const { view, back, body, ok } = await openView(`/api/v1/articles/${encodeURIComponent(id)}`, '← Back to results');
  if (!ok) return;
  view.appendChild(text('h1', body.title));
  const meta = [formatDate(body.published), body.site || body.source, body.author ? `by ${body.author}` : '',
    body.url || ''].filter(Boolean).join(' · ');
  view.appendChild(text('p', meta, 'meta'));
  const chips = text('div', null, 'entities');
  body.entities.forEach((e) => {
    const type = e.type === 'PERSON' ? 'person' : 'organization';
    const chip = text('button', `${e.name} (${e.mentions})`, 'chip small');
    chip.type = 'button';
    chip.title = `Coverage of ${e.name} over time`;
    chip.addEventListener('click', () => navigate({ article: '', entity: `${type}:${e.name}` }));
    chips.appendChild(chip);
  });
  view.appendChild(chips);
  const columns = text('div', null, 'article-columns');
  const bodyEl = text('div', null, 'body');
  body.body.split(/\n\s*\n|\n/).filter((p) => p.trim()).forEach((para) => bodyEl.appendChild(markParagraph(para, body.entities)));
  columns.appendChild(bodyEl);
  const panel = text('aside', null, 'editors');
  panel.setAttribute('aria-label', 'Related coverage');
  panel.appendChild(text('h2', 'Related coverage'));
  panel.appendChild(text('p', 'Loading…', 'meta'));
  columns.appendChild(panel);
  view.appendChild(columns);
  loadRelated(id, panel);
  back.focus();
}

// Marks entity mentions (links to a search filtered on the entity) and the query's words in a paragraph.
function markParagraph(paragraph, entities) {
  const p = document.createElement('p');
  const names = new Map();
  entities.forEach((e) => {
    const type = e.type === 'PERSON' ? 'person' : 'organization';
    names.set(e.name, { type, name: e.name });
    const parts = e.name.split(' ');
    if (type === 'person' && parts.length > 1 && parts[parts.length - 1].length > 2) {
      if (!names.has(parts[parts.length - 1])) names.set(parts[parts.length - 1], { type, name: e.name });
    }
  });
  const keys = [...names.keys()].sort((a, b) => b.length - a.length)
    .map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (!keys.length) { p.appendChild(highlightTerms(paragraph)); return p; }
  const re = new RegExp(`\\b(${keys.join('|')})\\b`, 'g');
  paragraph.split(re).forEach((part, i) => {
    if (i % 2 === 1) {
      const entity = names.get(part);
      const a = text('a', part, `mention ${entity.type}`);
      a.href = `?${stateToParams({ ...state, article: '', entity: '', q: '', person: [], organization: [], [entity.type]: [entity.name], page: 0 })}`;
      a.title = `Search articles with ${entity.name}`;
      a.addEventListener('click', (ev) => { ev.preventDefault(); navigate({ article: '', q: '', person: [], organization: [], [entity.type]: [entity.name], page: 0 }); });
      p.appendChild(a);
    } else if (part) {
      p.appendChild(highlightTerms(part));
    }
  });
  return p;
}

async function loadRelated(id, panel) {
  const response = await fetch(`/api/v1/articles/${encodeURIComponent(id)}/related?size=8`);
  panel.querySelector('.meta').remove();
  if (!response.ok) { panel.appendChild(text('p', 'Related coverage is not available.', 'meta')); return; }
  const r = await response.json();
  if (r.sameStory.length) {
    panel.appendChild(text('h3', 'Same story'));
    panel.appendChild(relatedList(r.sameStory, false));
  }
  panel.appendChild(text('h3', 'Related stories'));
  panel.appendChild(r.related.length ? relatedList(r.related, true) : text('p', 'None found.', 'meta'));
  if (r.before.length || r.after.length) {
    panel.appendChild(text('h3', 'Timeline'));
    const timeline = text('ol', null, 'timeline');
    r.before.forEach((a) => timeline.appendChild(timelineItem(a)));
    timeline.appendChild(text('li', 'This article', 'now'));
    r.after.forEach((a) => timeline.appendChild(timelineItem(a)));
    panel.appendChild(timeline);
  }
}

function relatedList(articles, withReasons) {
  const list = text('ul', null, 'related');
  articles.forEach((a) => {
    const li = document.createElement('li');
    li.appendChild(articleLink(a));
    li.appendChild(text('div', [formatDate(a.published), a.source].filter(Boolean).join(' · '), 'meta'));
    if (withReasons) {
      const why = [...a.sharedPersons, ...a.sharedOrganizations].slice(0, 4);
      const reason = [why.length ? `shares ${why.join(', ')}` : '', a.keyTerms.length ? `about ${a.keyTerms.slice(0, 3).join(', ')}` : '']
        .filter(Boolean).join('; ');
      if (reason) li.appendChild(text('div', reason, 'reason'));
    }
    list.appendChild(li);
  });
  return list;
}

function timelineItem(a) {
  const li = document.createElement('li');
  li.appendChild(text('span', `${formatDate(a.published)} `, 'meta'));
  li.appendChild(articleLink(a));
  return li;
}

function articleLink(a) {
  const link = text('a', a.title);
  link.href = `?${stateToParams({ ...state, entity: '', article: a.id })}`;
  link.addEventListener('click', (e) => { e.preventDefault(); navigate({ entity: '', article: a.id }); });
  return link;
}

async function showEntity(key) {
  const [type, ...rest] = key.split(':');
  const name = rest.join(':');
  const { view, back, body, ok } = await openView(
    `/api/v1/entities/${encodeURIComponent(type)}/${encodeURIComponent(name)}`, '← Back');
  if (!ok) return;
  view.appendChild(text('h1', body.name));
  view.appendChild(text('p', `${body.type === 'PERSON' ? 'Person' : 'Organization'} · ${body.articles} article${body.articles === 1 ? '' : 's'}`, 'meta'));
  const search = text('button', `Search articles with ${body.name}`, 'chip');
  search.type = 'button';
  search.addEventListener('click', () => navigate({ entity: '', q: '', person: [], organization: [], [type]: [body.name], page: 0 }));
  view.appendChild(search);
  view.appendChild(text('h2', `Coverage by ${body.dateInterval}`));
  const chart = text('div', null, 'histogram entity-chart');
  const max = Math.max(1, ...body.coverage.map((b) => b.count));
  body.coverage.forEach((b) => {
    const bar = text('span', null, b.count ? 'bar' : 'bar empty');
    bar.style.height = `${Math.max(2, Math.round((b.count / max) * 100))}%`;
    bar.title = `${b.label}: ${b.count}`;
    chart.appendChild(bar);
  });
  view.appendChild(chart);
  if (body.coverage.length) {
    view.appendChild(text('div', `${body.coverage[0].label} – ${body.coverage[body.coverage.length - 1].label}`, 'meta'));
  }
  const companions = text('div', null, 'companions');
  [['People who appear with them', body.persons, 'person'], ['Organizations', body.organizations, 'organization']].forEach(([title, values, t]) => {
    const section = document.createElement('section');
    section.appendChild(text('h2', title));
    const list = text('ul', null, 'facet-list');
    values.forEach((v) => {
      const li = document.createElement('li');
      const b = document.createElement('button');
      b.type = 'button';
      b.append(text('span', v.value), text('span', String(v.count), 'count'));
      b.addEventListener('click', () => navigate({ entity: `${t}:${v.value}` }));
      li.appendChild(b);
      list.appendChild(li);
    });
    section.appendChild(list);
    companions.appendChild(section);
  });
  view.appendChild(companions);
  view.appendChild(text('h2', 'Latest articles'));
  view.appendChild(relatedList(body.latest.map((h) => ({ ...h, source: h.site || h.source })), false));
  back.focus();
}

// Marks the words of the current query in the article text (plain text in, DOM nodes out).
function highlightTerms(paragraph) {
  const p = document.createElement('span');
  const words = state.q.replace(/[()"]/g, ' ').split(/\s+/)
    .filter((w) => w && !w.includes(':') && !w.startsWith('-') && !['AND', 'OR', 'NOT'].includes(w))
    .map((w) => w.replace(/\*$/, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .filter((w) => w.length > 1);
  if (!words.length) { p.textContent = paragraph; return p; }
  const re = new RegExp(`(${words.join('|')})`, 'gi');
  paragraph.split(re).forEach((part, i) => {
    if (i % 2 === 1) { const m = document.createElement('mark'); m.textContent = part; p.appendChild(m); }
    else if (part) p.appendChild(document.createTextNode(part));
  });
  return p;
}

function moveActive(delta) {
  const hits = $('hits').querySelectorAll('.hit');
  if (!hits.length) return;
  activeHit = Math.max(0, Math.min(hits.length - 1, activeHit + delta));
  hits.forEach((h, i) => h.classList.toggle('active', i === activeHit));
  const link = hits[activeHit].querySelector('h3 a');
  link.focus();
  hits[activeHit].scrollIntoView({ block: 'nearest' });
}

$('search-form').addEventListener('submit', (e) => {
  e.preventDefault();
  clearTimeout(debounceTimer);
  navigate({ q: $('q').value.trim(), page: 0, article: '' });
});
$('q').addEventListener('input', () => {
  clearTimeout(debounceTimer);
  debounceTimer = setTimeout(() => navigate({ q: $('q').value.trim(), page: 0, article: '' }, { replace: true }), 300);
});
$('sort').addEventListener('change', () => navigate({ sort: $('sort').value, page: 0 }));
$('from').addEventListener('change', () => navigate({ from: $('from').value, page: 0 }));
$('to').addEventListener('change', () => navigate({ to: $('to').value, page: 0 }));
['person', 'organization'].forEach((type) => $(`${type}-filter`).addEventListener('input', () => {
  if (lastResults) renderFacet(type, type === 'person' ? lastResults.facets.persons : lastResults.facets.organizations);
}));
document.addEventListener('keydown', (e) => {
  const typing = ['INPUT', 'SELECT', 'TEXTAREA'].includes(document.activeElement.tagName);
  if (e.key === '/' && !typing) { e.preventDefault(); $('q').focus(); $('q').select(); return; }
  if (state.article || state.entity) { if (e.key === 'Escape') history.back(); return; }
  if (e.key === 'ArrowDown' && (!typing || document.activeElement === $('q'))) { e.preventDefault(); moveActive(1); }
  if (e.key === 'ArrowUp' && !typing) { e.preventDefault(); moveActive(-1); }
});
window.addEventListener('popstate', () => { state = readState(); render(); });

$('q').value = state.q;
$('q').focus();
render();
