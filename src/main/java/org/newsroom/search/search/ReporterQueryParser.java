package org.newsroom.search.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Parses the query language reporters type: words (all required), {@code "exact phrases"}, {@code -exclude},
 * {@code OR}, parentheses, {@code field:value} for person, org, title, author, source, after and before, and
 * {@code prefix*}. Errors name what is wrong and the position (counted from 1) where it is. Thread-safe.
 */
final class ReporterQueryParser {

    private final String input;
    private int pos;

    private ReporterQueryParser(String input) {
        this.input = input;
    }

    /** Parses a query; a blank query gives an empty {@link QueryNode.And}, meaning every article. */
    static QueryNode parse(String query) {
        ReporterQueryParser parser = new ReporterQueryParser(query);
        QueryNode node = parser.parseOr();
        parser.skipSpace();
        if (parser.pos < query.length()) {
            char c = query.charAt(parser.pos);
            if (c == ')') {
                throw parser.error("Unbalanced parenthesis: ')' at position " + (parser.pos + 1) + " has no matching '('");
            }
            throw parser.error("Unexpected '" + c + "' at position " + (parser.pos + 1));
        }
        return node;
    }

    private QueryNode parseOr() {
        List<QueryNode> alternatives = new ArrayList<>();
        alternatives.add(parseAnd());
        while (true) {
            skipSpace();
            if (!atKeyword("OR")) {
                break;
            }
            int orPosition = pos;
            pos += 2;
            skipSpace();
            if (atEnd() || peek() == ')') {
                throw error("'OR' at position " + (orPosition + 1) + " needs something after it");
            }
            alternatives.add(parseAnd());
        }
        return alternatives.size() == 1 ? alternatives.get(0) : new QueryNode.Or(alternatives);
    }

    private QueryNode parseAnd() {
        List<QueryNode> required = new ArrayList<>();
        while (true) {
            skipSpace();
            if (atEnd() || peek() == ')' || atKeyword("OR")) {
                break;
            }
            if (atKeyword("AND")) {
                int andPosition = pos;
                pos += 3;
                skipSpace();
                if (atEnd() || peek() == ')' || atKeyword("OR")) {
                    throw error("'AND' at position " + (andPosition + 1) + " needs something after it");
                }
                continue;
            }
            required.add(parseUnary());
        }
        if (required.isEmpty() && !atEnd() && atKeyword("OR")) {
            throw error("'OR' at position " + (pos + 1) + " needs something before it");
        }
        return required.size() == 1 ? required.get(0) : new QueryNode.And(required);
    }

    private QueryNode parseUnary() {
        int start = pos;
        if (peek() == '-' && pos + 1 < input.length() && !Character.isWhitespace(input.charAt(pos + 1))) {
            pos++;
            return new QueryNode.Not(parsePrimary());
        }
        if (atKeyword("NOT")) {
            pos += 3;
            skipSpace();
            if (atEnd() || peek() == ')') {
                throw error("'NOT' at position " + (start + 1) + " needs something after it");
            }
            return new QueryNode.Not(parsePrimary());
        }
        return parsePrimary();
    }

    private QueryNode parsePrimary() {
        skipSpace();
        int start = pos;
        char c = peek();
        if (c == '(') {
            pos++;
            QueryNode inner = parseOr();
            skipSpace();
            if (atEnd() || peek() != ')') {
                throw error("Unbalanced parenthesis: '(' at position " + (start + 1) + " is never closed");
            }
            pos++;
            return inner;
        }
        if (c == '"') {
            return new QueryNode.Text(null, readPhrase(), true, false);
        }
        String word = readWord();
        int colon = word.indexOf(':');
        if (colon > 0) {
            String field = word.substring(0, colon).toLowerCase(Locale.ROOT);
            FieldKind kind = FieldKind.of(field);
            if (kind != null) {
                return fieldValue(kind, field, word.substring(colon + 1), start);
            }
        }
        return text(null, word, start);
    }

    private QueryNode fieldValue(FieldKind kind, String field, String rest, int start) {
        String value;
        boolean phrase = false;
        if (rest.isEmpty()) {
            if (!atEnd() && peek() == '"') {
                value = readPhrase();
                phrase = true;
            } else {
                throw error("'" + field + ":' at position " + (start + 1) + " needs a value, e.g. " + kind.example);
            }
        } else {
            value = rest;
        }
        return switch (kind) {
            case PERSON -> new QueryNode.Filter(QueryNode.FilterKind.PERSON, value, start + 1);
            case ORGANIZATION -> new QueryNode.Filter(QueryNode.FilterKind.ORGANIZATION, value, start + 1);
            case SOURCE -> new QueryNode.Filter(QueryNode.FilterKind.SOURCE, value, start + 1);
            case AFTER -> new QueryNode.Filter(QueryNode.FilterKind.AFTER, value, start + 1);
            case BEFORE -> new QueryNode.Filter(QueryNode.FilterKind.BEFORE, value, start + 1);
            case TITLE, AUTHOR -> phrase
                    ? new QueryNode.Text(kind.name().toLowerCase(Locale.ROOT), value, true, false)
                    : text(kind.name().toLowerCase(Locale.ROOT), value, start);
        };
    }

    private QueryNode text(@Nullable String field, String word, int start) {
        int star = word.indexOf('*');
        if (star < 0 && word.indexOf('?') < 0) {
            return new QueryNode.Text(field, word, false, false);
        }
        if (star == 0 || word.indexOf('?') >= 0) {
            throw error("Wildcards are only allowed at the end of a word: '" + word + "' at position " + (start + 1)
                    + " (try '" + word.replace("*", "").replace("?", "") + "*')");
        }
        if (star != word.length() - 1) {
            throw error("Wildcards are only allowed at the end of a word: '" + word + "' at position " + (start + 1));
        }
        String prefix = word.substring(0, star);
        if (prefix.length() < 2) {
            throw error("A prefix search needs at least 2 letters before '*': '" + word + "' at position "
                    + (start + 1));
        }
        return new QueryNode.Text(field, prefix, false, true);
    }

    private String readPhrase() {
        int open = pos;
        int close = input.indexOf('"', open + 1);
        if (close < 0) {
            throw error("Unclosed quote: the '\"' at position " + (open + 1) + " has no closing '\"'");
        }
        pos = close + 1;
        String phrase = input.substring(open + 1, close).strip();
        if (phrase.isEmpty()) {
            throw error("Empty phrase \"\" at position " + (open + 1));
        }
        return phrase;
    }

    private String readWord() {
        int start = pos;
        while (!atEnd()) {
            char c = peek();
            if (Character.isWhitespace(c) || c == '(' || c == ')' || c == '"') {
                break;
            }
            pos++;
        }
        if (pos == start) {
            throw error("Unexpected '" + peek() + "' at position " + (pos + 1));
        }
        return input.substring(start, pos);
    }

    private boolean atKeyword(String keyword) {
        if (!input.startsWith(keyword, pos)) {
            return false;
        }
        int end = pos + keyword.length();
        return end == input.length() || Character.isWhitespace(input.charAt(end)) || input.charAt(end) == '(';
    }

    private void skipSpace() {
        while (!atEnd() && Character.isWhitespace(peek())) {
            pos++;
        }
    }

    private boolean atEnd() {
        return pos >= input.length();
    }

    private char peek() {
        return input.charAt(pos);
    }

    private InvalidQueryException error(String message) {
        return new InvalidQueryException(message);
    }

    /** The field names a query may use before a colon. */
    private enum FieldKind {
        PERSON("person:\"Kristi Noem\""),
        ORGANIZATION("org:DHS"),
        TITLE("title:cocaine"),
        AUTHOR("author:Freixes"),
        SOURCE("source:Reuters"),
        AFTER("after:2025-03-01"),
        BEFORE("before:2025-04-30");

        private final String example;

        FieldKind(String example) {
            this.example = example;
        }

        static @Nullable FieldKind of(String field) {
            return switch (field) {
                case "person", "people" -> PERSON;
                case "org", "organization", "organisation" -> ORGANIZATION;
                case "title" -> TITLE;
                case "author", "by" -> AUTHOR;
                case "source", "site" -> SOURCE;
                case "after", "from", "since" -> AFTER;
                case "before", "until", "to" -> BEFORE;
                default -> null;
            };
        }
    }
}
