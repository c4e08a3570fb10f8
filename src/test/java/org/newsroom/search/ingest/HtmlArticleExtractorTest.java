package org.newsroom.search.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class HtmlArticleExtractorTest {

    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    @Test
    void keepsTheArticleAndDropsPageFurniture() {
        String body = extractor.extract(Fixtures.html("boilerplate-widgets.html"));

        assertThat(body).startsWith("The town library will stay open")
                .contains("Head librarian Ana Ruiz", "The change is a trial.")
                .doesNotContain("cookies", "Share on", "Pool closes", "newsletter", "after my shift", "Most read",
                        "Mayor opens", "All rights reserved", "Library Extends Opening Hours");
    }

    @Test
    void separatesParagraphsByABlankLine() {
        String body = extractor.extract(Fixtures.html("boilerplate-widgets.html"));

        assertThat(body.split("\n\n")).hasSize(3);
    }

    @Test
    void collectsAnArticleSplitOverManyBlocksAndKeepsHeadingsOnTheirOwnLine() {
        String body = extractor.extract(Fixtures.html("split-article.html"));

        assertThat(body).startsWith("Ferries between the mainland")
                .contains("Engineers worked through the night", "\n\nTimetable\n\n", "Island shops had begun")
                .doesNotContain("Share", "Cheap flights", "Lighthouse for sale");
    }

    @Test
    void keepsAVeryShortArticle() {
        String body = extractor.extract(Fixtures.html("little-text.html"));

        assertThat(body).isEqualTo("Mill Road is closed until Monday for resurfacing.");
    }

    @Test
    void survivesTenThousandNestedElements() {
        String html = "<html><body>" + "<div>".repeat(10_000) + "<p>Deeply nested article text, with a comma.</p>"
                + "</div>".repeat(10_000) + "</body></html>";

        assertThat(extractor.extract(Jsoup.parse(html))).contains("Deeply nested article text");
    }

    @Test
    void returnsEmptyTextForAPageWithoutText() {
        assertThat(extractor.extract(Jsoup.parse("<html><body><nav><a href='/'>Home</a></nav></body></html>")))
                .isEmpty();
    }
    @Test
    void keepsAnArticleSwallowedByAnUnclosedAside() {
        String body = extractor.extract(Fixtures.html("unclosed-aside.html"));

        assertThat(body).startsWith("The first colony I kept died").contains("The second lesson was patience");
    }
    @Test
    void swapsStreamedReactSegmentsIntoTheirPlaceholders() {
        String body = extractor.extract(Fixtures.html("react-streamed-segments.html"));

        assertThat(body).startsWith("An index fund buys every stock")
                .contains("Because nobody is paid to pick stocks").doesNotContain("Loading paragraph");
        assertThat(body.indexOf("An index fund")).isLessThan(body.indexOf("Because nobody"));
    }
    @Test
    void dropsLegalSmallPrintAndLoadingPlaceholders() {
        String body = extractor.extract(Fixtures.html("legal-small-print.html"));

        assertThat(body).startsWith("A higher deductible lowers").contains("one month's income")
                .doesNotContain("Disclaimer", "informational purposes", "Loading");
    }
    @Test
    void dropsTheAuthorBioButKeepsTheAuthorQuotedInTheText() {
        String body = extractor.extract(Fixtures.html("author-bio.html"), "Maria Lopez");

        assertThat(body).startsWith("Garlic planted in October").contains("Maria Lopez said the straw matters")
                .doesNotContain("garden writer");
    }
    @Test
    void dropsAnAuthorBioAboveTheStory() {
        String text = String.join("\n\n", "Anurag is an experienced journalist who has covered tech for five years.",
                "Windows 11 gets a new start menu this week.", "The update arrives on Tuesday.",
                "It is free for everyone.", "Anurag tested it for a month.");

        assertThat(AuthorBoxes.dropAuthorBio(text, "Anurag Chawake")).startsWith("Windows 11 gets")
                .endsWith("Anurag tested it for a month.");
    }

    @Test
    void dropsBylineLabelsAndFormMessages() {
        String prose = "<p>The county reopened the old canal path after repairs to three bridges, the engineer "
                + "said, and cyclists were back on it within the hour.</p>";
        String html = "<html><body><article><div>Written by</div><div><a href='/a/jo'>Jo Park</a></div>"
                + "<div>Last updated:</div><div>•</div>" + prose.repeat(4)
                + "<div>Thank you! Your submission has been received!</div>"
                + "<div>Oops! Something went wrong while submitting the form.</div></article></body></html>";

        String body = extractor.extract(Jsoup.parse(html));

        assertThat(body).startsWith("The county reopened").endsWith("within the hour.");
    }

    @Test
    void dropsCallsToFollowSubscribeAndShare() {
        String body = extractor.extract(Fixtures.html("calls-to-action.html"));

        assertThat(body).startsWith("Sand the plywood").contains("Two thin coats of satin paint")
                .doesNotContain("Pinterest", "Thanks for visiting", "By subscribing");
    }
    @Test
    void leavesFigureCaptionsOut() {
        String body = extractor.extract(Fixtures.html("figure-caption.html"));

        assertThat(body).startsWith("Three councils changed").contains("Owners say the lower cost")
                .doesNotContain("Picture:", "on a trailer", "second cabin");
    }
    @Test
    void keepsCodeListingsThatBelongToTheArticle() {
        String html = "<html><body><article><h1>Cutting a release</h1>"
                + "<p>Tag the commit first, then push the tag so the build server picks it up.</p>"
                + "<pre><code>git tag -a v1.2.0 -m 'release'\ngit push origin v1.2.0</code></pre>"
                + "<p>The server builds the artifacts and publishes them within a few minutes.</p>"
                + "</article></body></html>";

        String body = extractor.extract(Jsoup.parse(html));

        assertThat(body).contains("git tag -a v1.2.0 -m 'release'\ngit push origin v1.2.0")
                .contains("publishes them within a few minutes");
    }

    @Test
    void picksTheSameContainerOnEveryRun() {
        // A wrapper and its only child score the same; the pick must not depend on identity hash codes.
        String html = "<html><body><div id='outer'><div id='inner'>"
                + "<p>The council approved the new cycle lanes after a long debate on Tuesday evening, said the clerk.</p>"
                + "<p>Work starts in spring and should be finished by the end of the summer, weather permitting.</p>"
                + "</div></div></body></html>";

        String first = extractor.extract(Jsoup.parse(html));
        for (int i = 0; i < 20; i++) {
            assertThat(extractor.extract(Jsoup.parse(html))).isEqualTo(first);
        }
    }

    private static String card(int n) {
        return "<article class='post-card'><h3 class='post-title'><a href='/news/story-" + n + "'>Story number " + n
                + " about the harbour</a></h3><span class='post-date'>March " + n + ", 2025</span>"
                + "<p>An excerpt of story " + n + " that reads like a sentence of prose, so density alone keeps it.</p>"
                + "<a href='/news/story-" + n + "'>Read more</a></article>";
    }

    @Test
    void dropsAGridOfTeaserCardsForOtherPosts() {
        String article = ("<p>The harbour authority approved the new ferry terminal on Monday after two years of "
                + "planning, its chair said at a packed meeting in the town hall.</p>").repeat(10);
        String html = "<html><body><main><div class='entry'>" + article + "<h2>Latest News</h2><div class='grid'>"
                + card(1) + card(2) + card(3) + card(4) + "</div></div></main></body></html>";

        String body = extractor.extract(Jsoup.parse(html));

        assertThat(body).contains("new ferry terminal").doesNotContain("An excerpt of story", "Story number");
    }

    private static String datedCard(int n) {
        return "<div class='slide'><div class='item'><h3 class='item__title'><a href='/blog/post-" + n + "'>Post " + n
                + "</a></h3><div class='item__excerpt'>Excerpt of post " + n + ", a sentence of prose that runs on "
                + "about desks, cables and monitors for a while...</div><div class='item__date'>Feb " + n
                + ", 2026</div></div></div>";
    }

    @Test
    void dropsDatedTeaserCardsUnderAShortArticleButKeepsAListOfEvents() {
        String article = ("<p>Set the monitor an arm's length away with its top edge at eye level, the physiotherapist "
                + "said, and keep the keyboard close.</p>").repeat(5);
        String cards = "<div class='carousel'>" + datedCard(1) + datedCard(2) + datedCard(3) + datedCard(4) + "</div>";
        String shortArticle = "<html><body><main>" + article + "<h2>Blog</h2>" + cards + "</main></body></html>";
        String events = "<html><body><main><p>Upcoming events of interest, with a comma.</p>" + cards
                + "</main></body></html>";

        assertThat(extractor.extract(Jsoup.parse(shortArticle))).contains("arm's length").doesNotContain("Excerpt");
        assertThat(extractor.extract(Jsoup.parse(events))).contains("Excerpt of post 1", "Excerpt of post 4");
    }

    @Test
    void keepsLinkedEntriesOfAParagraphListTheTextIntroduces() {
        String prose = "<p>I built a bench from reclaimed pine this spring, and it took two weekends, a saw and a lot "
                + "of sanding before it looked right.</p>";
        String entries = "<p><a href='https://one.example/'><img src='a.jpg'></a></p>"
                + "<p><a href='https://one.example/'>Industrial Pipe Bookshelf</a></p>"
                + "<p><a href='https://two.example/'>Reclaimed Wood Arrows</a></p>"
                + "<p><a href='https://three.example/'>Check out these other projects</a></p>";
        String html = "<html><body><article>" + prose.repeat(3) + "<p>Here are my friends' favourite projects:</p>"
                + entries + prose + "</article></body></html>";

        assertThat(extractor.extract(Jsoup.parse(html))).contains("Industrial Pipe Bookshelf", "Reclaimed Wood Arrows")
                .doesNotContain("Check out");
    }

    @Test
    void keepsTheWholeArticleWhenLinkListsSplitItIntoSections() {
        String section = "<div class='sect'><h2>Section %d</h2><p>The compiler backend gained support for more "
                + "targets this month, and the test suite now passes on two more architectures, %d of them new.</p>"
                + "<ul>" + "<li><a href='https://example.org/patch'>libgccjit: add support for one more attribute</a></li>"
                .repeat(6) + "</ul></div>";
        StringBuilder html = new StringBuilder("<html><body><main><article><h2>Progress report</h2>");
        for (int n = 1; n <= 3; n++) {
            html.append(section.formatted(n, n));
        }
        html.append("<div class='sect'><h2>Thanks</h2><p>Thanks to all the sponsors of this project, your support is "
                + "very much appreciated.</p></div></article></main></body></html>");

        assertThat(extractor.extract(Jsoup.parse(html.toString()))).contains("2 of them new", "3 of them new",
                "sponsors");
    }

    @Test
    void keepsRepeatedTableCellsButNotRepeatedBlocksOrCardEchoes() {
        String para = "A long paragraph of the article that the page happens to show twice, word for word, here.";
        List<String> lines = List.of("Week 1", "Optional cardio for 30 minutes", "Run easy for 40 minutes",
                "Optional cardio for 30 minutes", para, "Contents of the guide, part one",
                "Contents of the guide, part two", "The Picture of Health and Care",
                "A collaborative approach brought leadership into the creative process for a clinic.",
                "The Picture of Health and Care", para, "Contents of the guide, part one",
                "Contents of the guide, part two", "Run easy for 40 minutes", "Week 2",
                "Run easy for 40 minutes", "Optional cardio for 30 minutes", "Contents of the guide, part two");

        assertThat(RepeatedLines.drop(lines)).containsExactly("Week 1", "Optional cardio for 30 minutes",
                "Run easy for 40 minutes", "Optional cardio for 30 minutes", para, "Contents of the guide, part one",
                "Contents of the guide, part two", "The Picture of Health and Care",
                "A collaborative approach brought leadership into the creative process for a clinic.",
                "Run easy for 40 minutes", "Week 2", "Run easy for 40 minutes", "Optional cardio for 30 minutes",
                "Contents of the guide, part two");
    }

    @Test
    void dropsAdvertisementLabelsAndLoadingPlaceholders() {
        assertThat(BodyLines.dropBoilerplate(List.of("Advertisement - Page continues below",
                "Loading prices for your region…", "Thanks for signing up!", "Loading the dishwasher", "The rack holds twelve plates.")))
                .containsExactly("Loading the dishwasher", "The rack holds twelve plates.");
    }

    @Test
    void dropsTheSitesCopyrightNoticeButNotTextAboutCopyright() {
        List<String> paragraphs = List.of("The court ruled that the photo was protected by copyright since 1998.",
                "©2025 Example Media, Inc. All rights reserved. Privacy Policy | Contact Us",
                "Copyright 2024 © Jane Doe.");

        assertThat(BodyLines.dropBoilerplate(paragraphs))
                .containsExactly("The court ruled that the photo was protected by copyright since 1998.");
    }

    @Test
    void dropsABlockMarkedAsNoSnippetUnlessItHoldsTheArticle() {
        String prose = "<p>I wrote a single script that opens my browser, my notes and my calendar every morning, so "
                + "the day starts the same way each time.</p>";
        String card = "<div class='card' data-nosnippet><h5><a href='/other-post/'>Four tools that save time</a></h5>"
                + "<p>Save time and streamline your workflow with the help of these automation tools.</p></div>";
        String html = "<html><body><article>" + prose.repeat(3) + card + prose + "</article></body></html>";
        String marked = "<html><body><article data-nosnippet>" + prose.repeat(5) + "</article></body></html>";

        assertThat(extractor.extract(Jsoup.parse(html))).contains("single script").doesNotContain("streamline");
        assertThat(extractor.extract(Jsoup.parse(marked))).contains("single script");
    }

    @Test
    void keepsTheEntriesOfAListArticle() {
        StringBuilder html = new StringBuilder("<html><body><main><p>Five cafes worth the walk, with a comma.</p>");
        for (int n = 1; n <= 5; n++) {
            html.append("<div class='item'><h3 class='item-title'><a href='https://cafe").append(n)
                    .append(".example/'>Cafe ").append(n).append("</a></h3><span class='item-meta'>Open daily</span>")
                    .append("<p>Cafe ").append(n).append(" roasts its own beans and serves them with pastries baked")
                    .append(" on site every morning, which is why the queue forms early on weekends.</p></div>");
        }
        String body = extractor.extract(Jsoup.parse(html.append("</main></body></html>").toString()));

        assertThat(body).contains("Cafe 1 roasts its own beans", "Cafe 5 roasts its own beans");
    }

    @Test
    void dropsAnAuthorBoxNearTheEndWithoutKnowingTheByline() {
        List<String> paragraphs = List.of("Index funds track a market.", "They are cheap to hold.",
                "Fees matter over decades.", "Jane Q. Doe, CFP, is a contributing stock market analyst based in Ohio.");

        assertThat(AuthorBoxes.dropAuthorBoxes(paragraphs)).containsExactly("Index funds track a market.",
                "They are cheap to hold.", "Fees matter over decades.");
        // A person the article is about, early on, stays.
        assertThat(AuthorBoxes.dropAuthorBoxes(List.of("Maria Lopez is a garden writer in Leeds.", "b", "c")))
                .hasSize(3);
    }

    @Test
    void stopsAtAnArticleSourcesOrReadThisNextHeadingNearTheEnd() {
        String prose = ("<p>The county reopened the old canal path after repairs to three bridges, the engineer "
                + "said, and cyclists were back on it within the hour.</p>").repeat(6);
        String html = "<html><body><article>" + prose + "<h3>Article Sources:</h3>"
                + "<p>https://example.org/a-very-long-source-link-that-is-not-part-of-the-story-at-all</p>"
                + "<h3>Read This Next</h3><p>Another story teaser about something else entirely, with a comma.</p>"
                + "</article></body></html>";

        String body = extractor.extract(Jsoup.parse(html));

        assertThat(body).contains("old canal path").doesNotContain("Article Sources", "example.org", "Another story");
    }

    @Test
    void stopsAtATeaserListOrAuthorHeadingNearTheEnd() {
        String prose = ("<p>The county reopened the old canal path after repairs to three bridges, the engineer "
                + "said, and cyclists were back on it within the hour.</p>").repeat(6);
        for (String heading : List.of("More to explore", "You Might Also Like...", "Written by", "Author",
                "You may be interested in the following topics as well:", "Read more from Jane Roe", "Stay Connected",
                "Editor's Picks", "Did you find this content helpful?", "More Helpful Articles by Example Co:")) {
            String html = "<html><body><article>" + prose + "<h4>" + heading + "</h4>"
                    + "<p>Another story teaser about something else entirely, with a comma.</p>"
                    + "</article></body></html>";

            assertThat(extractor.extract(Jsoup.parse(html))).as(heading).contains("old canal path")
                    .doesNotContain("Another story");
        }
    }

    @Test
    void keepsTheTextOfCollapsedAccordionPanels() {
        String step = "<div><a role='button' aria-controls='step-%1$d'>Step %1$d</a></div>"
                + "<div id='step-%1$d' style='display:none'><p>Step %1$d of the solar installation takes about a week, "
                + "and the installer files the permits, orders the panels and books the inspection.</p></div>";
        StringBuilder html = new StringBuilder("<html><body><article><p>Installing solar panels can cut your bill, "
                + "and the process follows the same steps everywhere in the country.</p>");
        for (int i = 1; i <= 6; i++) {
            html.append(step.formatted(i));
        }
        html.append("<div style='display:none'><p>Your session is about to expire, please log in again to keep "
                + "your saved quotes and your place in the queue.</p></div></article></body></html>");

        String body = extractor.extract(Jsoup.parse(html.toString()));

        assertThat(body).contains("Step 1 of the solar installation", "Step 6 of the solar installation")
                .doesNotContain("session is about to expire");
    }

    @Test
    void keepsHiddenPanelsRightAfterTheirToggleWithTheToggleLabelButNotFoldedMenus() {
        String question = "<div class='faq-item'><h3><button aria-expanded='false'>Question %1$d: how long does "
                + "it take?</button></h3><div hidden><p>Answer %1$d: the installer files the permits, orders the "
                + "panels and books the inspection, which takes about a week.</p></div></div>";
        StringBuilder html = new StringBuilder("<html><body><article><p>Installing solar panels can cut your bill, "
                + "and the process follows the same steps everywhere in the country.</p>");
        for (int i = 1; i <= 4; i++) {
            html.append(question.formatted(i));
        }
        html.append("<div><span aria-expanded='false'>Contents</span><div aria-hidden='true'><ul>"
                + "<li><a href='#a'>Permits and the paperwork</a></li><li><a href='#b'>Panels and inverters</a></li>"
                + "<li><a href='#c'>The inspection day</a></li></ul></div></div>");
        html.append("<div hidden><p>Your session is about to expire, please log in again to keep your saved quotes "
                + "and your place in the queue.</p></div></article></body></html>");

        String body = extractor.extract(Jsoup.parse(html.toString()));

        assertThat(body).contains("Question 1: how long", "Answer 1: the installer", "Answer 4: the installer")
                .doesNotContain("session is about to expire", "Panels and inverters");
    }

    @Test
    void keepsAnAsideSetAmongTheArticlesParagraphsButNotOneAfterTheLast() {
        String paragraph = "<p>Paragraph %d of the story on vegetarian diets, with a comma, long enough to count as "
                + "the article's prose for the extractor.</p>";
        String html = "<html><body><article>" + paragraph.formatted(1) + paragraph.formatted(2)
                + "<aside><p><strong>Not all vegetarians are the same.</strong> Vegans eat no animal products at all, "
                + "while lacto-ovo vegetarians eat milk and eggs along with plant foods, and some eat fish.</p></aside>"
                + paragraph.formatted(3) + paragraph.formatted(4)
                + "<aside><p>Go from idea to legendary podcast: at our studio we have every stage of podcasting "
                + "covered, from planning and launch to recording, editing and growing your audience.</p></aside>"
                + "</article></body></html>";

        String body = extractor.extract(Jsoup.parse(html));

        assertThat(body).contains("Not all vegetarians are the same.", "Paragraph 4 of the story")
                .doesNotContain("legendary podcast");
    }

    @Test
    void goesOnPastALabelledLinkSetBetweenParagraphs() {
        String paragraph = "<p>Paragraph %d of the essay advice, with a comma, long enough to count as prose for the "
                + "extractor and to read as the article.</p>";
        StringBuilder html = new StringBuilder("<html><body><article>");
        for (int i = 1; i <= 8; i++) {
            html.append(paragraph.formatted(i));
        }
        html.append("<blockquote><div><strong>RELATED READING: </strong><a href='/faq'>Answering My Top Essay FAQs</a>"
                + "</div></blockquote>").append(paragraph.formatted(9)).append("</article></body></html>");

        String body = extractor.extract(Jsoup.parse(html.toString()));

        assertThat(body).contains("Paragraph 8 of", "Paragraph 9 of").doesNotContain("RELATED READING");
    }

    @Test
    void goesOnPastARelatedBoxWhenTheArticleResumesButStopsAtAClosingOne() {
        String paragraph = "<p>Paragraph %d of the zero waste guide, with a comma, long enough to count as prose for "
                + "the extractor and to read as the article itself.</p>";
        String longParagraph = "<p>Children seem to attract stuff: when they are not leaving their own trail of "
                + "plastic toys, the universe loads them down with cheap trinkets and giveaways, so start with "
                + "giftless birthday parties and pack school lunches in reusable kits or beeswax wraps.</p>";
        String related = "<p><strong>Related:</strong></p><ul><li><a href='/a'>Five straw alternatives</a></li>"
                + "<li><a href='/b'>Fifteen easy swaps</a></li></ul>";
        StringBuilder html = new StringBuilder("<html><body><article>");
        for (int i = 1; i <= 8; i++) {
            html.append(paragraph.formatted(i));
        }
        html.append(related).append("<h4>Kids:</h4>").append(longParagraph).append("<h4>Shopping:</h4>")
                .append(paragraph.formatted(9)).append(related).append(longParagraph)
                .append("</article></body></html>");

        String body = extractor.extract(Jsoup.parse(html.toString()));

        assertThat(body).contains("Paragraph 8 of", "Kids:", "Children seem", "Paragraph 9 of")
                .doesNotContain("straw alternatives");
        assertThat(body.indexOf("Children seem")).isEqualTo(body.lastIndexOf("Children seem"));
    }

    @Test
    void stopsAtAnEndHeadingBeforeALongTailButNotAtAnInlineRelatedBox() {
        assertThat(BodyLines.endsTheArticle("Read This Next", 30, 100)).isTrue();
        assertThat(BodyLines.endsTheArticle("Read Next", 10, 100)).isFalse();
        assertThat(BodyLines.endsTheArticle("Related Content:", 58, 100)).isFalse();
        assertThat(BodyLines.endsTheArticle("Related Content:", 61, 100)).isTrue();
        assertThat(BodyLines.endsTheArticle("How to plant tulips", 90, 100)).isFalse();
        assertThat(BodyLines.endsTheArticle("Add a comment", 25, 100)).isTrue();
        assertThat(BodyLines.endsTheArticle("Sources", 30, 100)).isFalse();
        assertThat(BodyLines.endsTheArticle("Sources", 90, 100)).isTrue();
        assertThat(BodyLines.endsTheArticle("Related articles on Move.org", 90, 100)).isTrue();
    }

    @Test
    void dropsAPromotionBoxWithAButtonButKeepsAListOfProductsWithButtons() {
        String prose = ("<p>The county reopened the old canal path after repairs to three bridges, the engineer "
                + "said, and cyclists were back on it within the hour.</p>").repeat(4);
        String promo = "<div class='box'><h3>Plan your next ride</h3><p>Our route planner finds quiet roads near you."
                + "</p><a class='btn btn-primary' href='/planner'>Try it free</a></div>";
        StringBuilder products = new StringBuilder();
        for (int i = 1; i <= 3; i++) {
            products.append("<div class='wrap'><div class='product'><h3>Bike lock ").append(i)
                    .append("</h3><p>A sturdy lock for city parking, rated for outdoor use.</p>"
                            + "<a class='buy-button' href='/shop/").append(i).append("'>Buy now</a></div></div>");
        }
        String html = "<html><body><article>" + prose + promo + prose + products + "</article></body></html>";

        String body = extractor.extract(Jsoup.parse(html));

        assertThat(body).contains("old canal path", "Bike lock 3", "A sturdy lock for city parking")
                .doesNotContain("route planner", "Plan your next ride");
    }

    @Test
    void keepsTheCommentsOfAHighlightedCodeListing() {
        String html = "<html><body><article><p>To get started with git, I would suggest digging in with the "
                + "following commands, which cover most of what a small team needs every day.</p>"
                + "<pre><code class='hljs'><span class='hljs-comment'># initialize git</span>\ngit init\n"
                + "<span class='hljs-comment'># view the state of the repo</span>\ngit status</code></pre>"
                + "</article></body></html>";

        String body = extractor.extract(Jsoup.parse(html));

        assertThat(body).contains("# initialize git", "git init", "# view the state of the repo");
    }

    @Test
    void dropsATableOfContentsButKeepsTheSectionsItPointsTo() {
        String section = "<h2 id='s%1$d'>Step %1$d</h2><p>Step %1$d of planting garlic takes an afternoon, and the "
                + "cloves go in pointed end up, a hand apart, in loose soil.</p>";
        StringBuilder html = new StringBuilder("<html><body><article><ul>");
        for (int i = 1; i <= 4; i++) {
            html.append("<li><a href='#s").append(i).append("'>Jump to step ").append(i).append("</a></li>");
        }
        html.append("</ul>");
        for (int i = 1; i <= 4; i++) {
            html.append(section.formatted(i));
        }
        html.append("</article></body></html>");

        String body = extractor.extract(Jsoup.parse(html.toString()));

        assertThat(body).contains("Step 1 of planting garlic", "Step 4\n\nStep 4 of planting")
                .doesNotContain("Jump to step");
    }

    @Test
    void keepsALinkedListTheTextIntroducesButNotATeaserList() {
        String prose = "<p>The county reopened the old canal path after repairs to three bridges, the engineer "
                + "said, and cyclists were back on it within the hour.</p>";
        String html = "<html><body><article>" + prose.repeat(3) + "<p>These are the locks our testers recommend:</p>"
                + "<ul><li><a href='/shop/1'>Kryptonite Evolution</a></li><li><a href='/shop/2'>Abus Granit</a></li>"
                + "</ul>" + prose.repeat(3) + "<p>More on cycling:</p><ul><li><a href='/p/1'>Best city bikes</a></li>"
                + "<li><a href='/p/2'>How to fix a flat</a></li></ul>" + prose + "</article></body></html>";

        String body = extractor.extract(Jsoup.parse(html));

        assertThat(body).contains("Kryptonite Evolution", "Abus Granit").doesNotContain("Best city bikes");
        assertThat(BodyLines.introducesAList("You might also like:", false)).isFalse();
        assertThat(BodyLines.introducesAList("Related posts", true)).isFalse();
        assertThat(BodyLines.introducesAList("Best fish tapes", true)).isTrue();
        assertThat(BodyLines.introducesAList("Best fish tapes", false)).isFalse();
        // A sentence of the article that happens to start like a link lead still introduces its list.
        assertThat(BodyLines.introducesAList("Also, a few patches were merged upstream this month:", false))
                .isTrue();
        assertThat(BodyLines.introducesAList("See also these guides:", false)).isFalse();
    }

    @Test
    void keepsALinkedLineBetweenParagraphsButNotAReadMoreLink() {
        String prose = "<p>The county reopened the old canal path after repairs to three bridges, the engineer "
                + "said, and cyclists were back on it within the hour.</p>";
        String html = "<html><body><article>" + prose.repeat(2)
                + "<p><a href='/report'>The full inspection report is online</a></p>" + prose
                + "<p><a href='/other'>Read more: the ferry timetable</a></p>" + prose.repeat(2)
                + "</article></body></html>";

        String body = extractor.extract(Jsoup.parse(html));

        assertThat(body).contains("The full inspection report is online").doesNotContain("ferry timetable");
        String list = "<html><body><article>" + prose.repeat(2) + "<ul><li><a href='/a'>Bridge one</a></li>"
                + "<li><a href='/b'>Bridge two</a></li></ul>" + prose.repeat(2) + "</article></body></html>";
        assertThat(extractor.extract(Jsoup.parse(list))).contains("Bridge one", "Bridge two");
    }

    @Test
    void keepsALinkedHeadingOverAFullParagraph() {
        String paragraph = "<p>" + "This lock held out against every tool our tester tried, and it weighs less than "
                .repeat(5) + "most.</p>";
        String html = "<html><body><article>" + paragraph + "<h3><a href='/shop/kryptonite'>Kryptonite Evolution</a>"
                + "</h3>" + paragraph + "</article></body></html>";

        assertThat(extractor.extract(Jsoup.parse(html))).contains("Kryptonite Evolution");
    }

    @Test
    void dropsATableOfContentsThatLinksToThePageItself() {
        String section = "<h2 id='s%1$d'>Step %1$d</h2><p>Step %1$d of planting garlic takes an afternoon, and the "
                + "cloves go in pointed end up, a hand apart, in loose soil.</p>";
        StringBuilder html = new StringBuilder("<html><body><article><p>Here is what this guide covers:</p><ul>");
        for (int i = 1; i <= 4; i++) {
            html.append("<li><a href='https://example.org/garlic/#s").append(i).append("'>Jump to step ").append(i)
                    .append("</a></li>");
        }
        html.append("</ul>");
        for (int i = 1; i <= 4; i++) {
            html.append(section.formatted(i));
        }
        html.append("</article></body></html>");

        assertThat(extractor.extract(Jsoup.parse(html.toString()))).doesNotContain("Jump to step");
    }

    @Test
    void joinsArticleBlocksSeparatedByALinkList() {
        String block = "<div class='block'><div class='inner'><p>%s</p></div></div>";
        StringBuilder cities = new StringBuilder("<div class='block'><ul>");
        for (int i = 0; i < 30; i++) {
            cities.append("<li><a href='/costs/city-").append(i).append("'>Average cleaning costs in city number ")
                    .append(i).append("</a></li>");
        }
        cities.append("</ul></div>");
        String html = "<html><body><div class='column'>"
                + block.formatted(("San Diego is one of the sunniest cities on the coast, and cleaning prices there "
                        + "follow the size of the home more than anything else. ").repeat(3))
                + cities
                + block.formatted(("Deep cleaning generally costs twenty to fifty percent more than a standard "
                        + "visit, because the crew moves furniture and scrubs the grout. ").repeat(8))
                + "</div></body></html>";

        String body = extractor.extract(Jsoup.parse(html));

        assertThat(body).contains("San Diego is one of the sunniest", "Deep cleaning generally costs")
                .doesNotContain("city number");
    }

    @Test
    void swapsStreamedSegmentsInWhenTheSavedPageLostItsComments() {
        String html = "<html><body><main><template id=\"B:0\"></template><div>Loading paragraph...</div>"
                + "<template id=\"B:1\"></template><div>Loading paragraph...</div></main>"
                + "<div hidden id=\"S:0\"><p>Index funds track a market index, and they are cheap to hold for "
                + "years.</p></div><div hidden id=\"S:1\"><p>There are hundreds of index funds available, from "
                + "broad markets to single sectors, and their fees differ a lot over the decades.</p></div>"
                + "</body></html>";

        String body = extractor.extract(Jsoup.parse(html));

        assertThat(body).startsWith("Index funds track").contains("There are hundreds of index funds")
                .doesNotContain("Loading");
    }

    @Test
    void placesStreamedSegmentsAtTheirPlaceholders() {
        String html = "<html><body><main><p>Index funds track a market index, and they are cheap to hold for years.</p>"
                + "<template id=\"P:1f\"></template></main>"
                + "<div hidden id=\"S:1f\"><p>There are hundreds of index funds available, from broad markets to single "
                + "sectors, and their fees differ a lot over the decades an investor holds them.</p></div>"
                + "</body></html>";

        String body = extractor.extract(Jsoup.parse(html));

        assertThat(body).startsWith("Index funds track").contains("There are hundreds of index funds");
    }

    @Test
    void aStreamedSegmentHoldingItsOwnBoundaryIsLeftInPlace() {
        String html = "<html><body><main><p>The council approved the new budget on Tuesday after a long debate, "
                + "with most members backing the plan.</p></main>"
                + "<div hidden id=\"S:1\"><div><template id=\"B:1\"></template><p>Segment text.</p></div></div>"
                + "</body></html>";

        assertThat(extractor.extract(Jsoup.parse(html))).contains("The council approved the new budget");
    }

    @Test
    void aButtonInAShortBriefDoesNotTakeTheStoryWithIt() {
        String html = "<html><body><div class=\"story\"><p>Mill Road is closed until Monday for resurfacing, "
                + "the council said.</p><p><a class=\"btn\" href=\"/map\">See the map</a></p></div></body></html>";

        assertThat(extractor.extract(Jsoup.parse(html))).contains("Mill Road is closed until Monday");
    }

    @Test
    void aTableHeaderNamedLikeAnEndHeadingDoesNotEndTheArticle() {
        String prose = "<p>" + "The survey of forty harbours found that most had repaired their breakwaters. ".repeat(3)
                + "</p>";
        String html = "<html><body><article>" + prose + prose + "<table><tr><th>Author</th><th>Harbours</th></tr>"
                + "<tr><td>Port survey</td><td>40</td></tr></table>" + prose
                + "<p>Repairs will go on through the winter, the authority said in a statement on Friday.</p>"
                + "</article></body></html>";

        assertThat(extractor.extract(Jsoup.parse(html))).contains("Repairs will go on through the winter");
    }

    @Test
    void endsWithTheMarkedPostBodyAndDropsASummaryButNotAnIntroAboveIt() {
        String prose = "<p>Outsourcing payroll lets a small company spend its time on customers, and the savings "
                + "grow with every new hire the company makes.</p>";
        String pitch = "<section class='promo-section'><h3>Expertise you can trust</h3><p>Our team is made up of seasoned "
                + "professionals who bring years of industry experience to the table, so you gain a trusted advisor.</p>"
                + "<h3>Scalability</h3><p>Whether you are a small business or a global powerhouse, our solutions scale "
                + "with your needs and eliminate inefficiencies.</p></section>";
        String summary = "<p>Why more firms hand their payroll to specialists, and what it costs them in the first "
                + "year.</p>";
        String intro = summary + "<p>We asked twelve owners of small firms what changed once they did.</p>";
        String page = "<html><body><div class='page'><section>%s<div class='entry-content'>" + prose.repeat(4)
                + "</div></section>" + pitch + "</div></body></html>";

        assertThat(extractor.extract(Jsoup.parse(page.formatted(summary)))).contains("Outsourcing payroll")
                .doesNotContain("what it costs them", "seasoned professionals", "global powerhouse");
        assertThat(extractor.extract(Jsoup.parse(page.formatted(intro)))).contains("what it costs them",
                "twelve owners", "Outsourcing payroll").doesNotContain("seasoned professionals");
    }

    @Test
    void stopsAtAnAboutTheAuthorLabelRunIntoTheAuthorsName() {
        String prose = ("<p>The county reopened the old canal path after repairs to three bridges, the engineer "
                + "said, and cyclists were back on it within the hour.</p>").repeat(6);
        String html = "<html><body><article>" + prose + "<div><span>About the Author</span><a href='/desk'>City "
                + "Desk</a></div><p>The City Desk is a group of dedicated people who follow the pulse of the "
                + "town.</p></article></body></html>";

        assertThat(extractor.extract(Jsoup.parse(html))).contains("old canal path").doesNotContain("dedicated");
    }

    @Test
    void dropsABloggersGreetingNearTheEndButNotAtTheStart() {
        List<String> paragraphs = List.of("Hi, I'm Sam. Today we are fixing a squeaky door.", "Oil the hinge first.",
                "Then tighten the screws.", "Hey, I’m Jess! Welcome to Tidy Home, where organizing is made doable.");

        assertThat(AuthorBoxes.dropAuthorBoxes(paragraphs)).containsExactly(
                "Hi, I'm Sam. Today we are fixing a squeaky door.", "Oil the hinge first.", "Then tighten the screws.");
    }

    @Test
    void keepsStoryLinesThatOnlyLookLikeFurniture() {
        String prose = ("<p>The county reopened the old canal path after repairs to three bridges, the engineer "
                + "said, and cyclists were back on it within the hour.</p>").repeat(3);
        String rest = ("<p>Residents along the water said the bridges had been shut for most of the summer and that "
                + "the detours had added twenty minutes to every trip.</p>").repeat(4);
        String continueLink = "<html><body><article>" + prose + "<p><a href='#rest'>Continue reading</a></p>" + rest
                + "</article></body></html>";
        String meteredPaywall = "<html><body><article>" + prose + "<p>Already a subscriber? Sign in to keep reading."
                + "</p>" + rest + rest + "</article></body></html>";
        String quote = "<html><body><article>" + prose + "<p>\"People who follow me on Instagram know how much I "
                + "love my dogs, and they were the first to ask about the bridge,\" said the singer, who lives by "
                + "the canal and walks there every morning with her two spaniels and a neighbour.</p>" + rest
                + "</article></body></html>";

        assertThat(extractor.extract(Jsoup.parse(continueLink))).contains("detours");
        assertThat(extractor.extract(Jsoup.parse(meteredPaywall))).contains("detours");
        assertThat(extractor.extract(Jsoup.parse(quote))).contains("love my dogs");
        assertThat(AuthorBoxes.dropAuthorBoxes(List.of("The dog was lost.", "Police searched.", "It rained.",
                "Hi, I'm Maria Lopez, and I was the one who found the dog, the neighbour told reporters.")))
                .hasSize(4);
    }

    @Test
    void aDatelineLeadAboveTheMarkedBodyIsTheStorysFirstParagraph() {
        String rest = ("<p>Residents along the water said the bridges had been shut for most of the summer and that "
                + "the detours had added twenty minutes to every trip.</p>").repeat(5);
        String html = "<html><body><article><p class='lede'>WASHINGTON - The Senate passed the canal repair bill on "
                + "Tuesday after a week of debate.</p><div class='article-body'>" + rest + "</div></article>"
                + "</body></html>";

        assertThat(extractor.extract(Jsoup.parse(html))).startsWith("WASHINGTON - The Senate passed");
    }

    @Test
    void aShortBriefWithASignUpFormIsKept() {
        String html = "<html><body><div class='post'><h2>Brief</h2><div class='c'><p>The bridge on Route 9 will "
                + "close for repairs from Monday to Friday next week, the county roads department said on "
                + "Tuesday.</p><form><input name='email'><button>Sign up</button></form></div></div></body></html>";

        assertThat(extractor.extract(Jsoup.parse(html))).contains("Route 9");
    }

    @Test
    void aFoldedCookieDialogIsNotAnAccordionOfTheArticle() {
        String prose = ("<p>The county reopened the old canal path after repairs to three bridges, the engineer "
                + "said, and cyclists were back on it within the hour.</p>").repeat(3);
        String dialog = "<div class='cmp'><h3><button aria-expanded='false'>Strictly necessary cookies</button></h3>"
                + "<div hidden><p>These cookies are necessary for the website to function and cannot be switched "
                + "off in our systems.</p></div></div>";
        String html = "<html><body><article>" + prose + dialog + prose + "</article></body></html>";

        assertThat(extractor.extract(Jsoup.parse(html))).contains("old canal path")
                .doesNotContain("cannot be switched off").doesNotContain("Strictly necessary");
    }

    @Test
    void dropsAFormWithItsHeadingButNotAPageWrappedInAForm() {
        String prose = ("<p>The county reopened the old canal path after repairs to three bridges, the engineer "
                + "said, and cyclists were back on it within the hour.</p>").repeat(4);
        String formBox = "<div class='box'><h3>Get the guide</h3><p>Fill out the form to get a copy of our ebook.</p>"
                + "<form><label>Email</label><input name='email'></form></div>";
        String html = "<html><body><div>" + prose + formBox + prose + "</div></body></html>";
        String wrapped = "<html><body><form id='aspnetForm'><div>" + prose + "</div></form></body></html>";

        assertThat(extractor.extract(Jsoup.parse(html))).contains("old canal path").doesNotContain("ebook");
        assertThat(extractor.extract(Jsoup.parse(wrapped))).contains("old canal path");
    }

    @Test
    void stopsWhereAPaywallCutsTheStoryOff() {
        String prose = ("<p>The county reopened the old canal path after repairs to three bridges, the engineer "
                + "said, and cyclists were back on it within the hour.</p>").repeat(5);
        String html = "<html><body><article>" + prose + "<p>Become a paid subscriber to Canal News to unlock this "
                + "piece and learn about:</p><ul><li>Which bridge is next in line for repairs and why</li>"
                + "<li>What a subscription includes for readers like you</li></ul></article></body></html>";

        assertThat(extractor.extract(Jsoup.parse(html))).contains("old canal path").doesNotContain("subscri",
                "bridge is next");
    }

    @Test
    void dropsHiddenErrorMessagesButNotHeadingsWhoseAnchorNamesFurniture() {
        String prose = "<p>The county reopened the old canal path after repairs to three bridges, the engineer "
                + "said, and cyclists were back on it within the hour.</p><p>Walkers had waited two years for the "
                + "work, which cost more than planned because of the wet spring and a shortage of stone.</p>";
        String html = "<html><body><article>" + prose + "<div id='geolocate-error'>We're sorry. It looks like this "
                + "option is not available in your browser.</div><h2 id='related-work'>Related work</h2>"
                + "<h2 id='error-handling'>Error handling</h2>" + prose.replace("county", "city") + "</article></body></html>";

        assertThat(extractor.extract(Jsoup.parse(html))).contains("Related work", "Error handling")
                .doesNotContain("We're sorry");
    }

    @Test
    void dropsABylineSplitOverLines() {
        assertThat(BodyLines.dropBoilerplate(List.of("By Citadel Financial Tips\n| September 07, 2023",
                "Index funds track a market.", "Updated\nMarch 5, 2026"))).containsExactly("Index funds track a market.");
    }

    @Test
    void dropsAnAuthorBoxInParenthesesWithACapitalizedJobTitle() {
        List<String> paragraphs = List.of("Index funds track a market.", "Fees matter over decades.",
                "(Paul Roe is an Associate Attorney at Roe LLP, admitted in Connecticut.)");

        assertThat(AuthorBoxes.dropAuthorBoxes(paragraphs)).containsExactly("Index funds track a market.",
                "Fees matter over decades.");
    }

    @Test
    void dropsALongSignUpConsentLine() {
        String consent = "By signing up, you agree to receive recurring automated SMS marketing messages from Example "
                + "Deals at the number provided. Msg and data rates may apply. Up to 2 messages per day. Reply STOP to "
                + "opt out, HELP for help. Consent is not a condition of purchase. See our Terms of Use and Privacy "
                + "Policy for details.";

        assertThat(consent.length()).isGreaterThan(250);
        assertThat(BodyLines.dropBoilerplate(List.of("Index funds track a market.", consent)))
                .containsExactly("Index funds track a market.");
    }

    @Test
    void dropsTheSitesNoticesAboutThePage() {
        assertThat(BodyLines.dropBoilerplate(List.of("This post is over 3 years old. I may have changed my mind since.",
                "Index funds track a market.", "You are leaving this website. The new site may be run by a vendor.",
                "File is in portable document format (PDF). To view this file, you may need a PDF reader.")))
                .containsExactly("Index funds track a market.");
    }

    @Test
    void keepsTheUndatedCardsOfARoundupInsideThePostBody() {
        String prose = "<p>I have sewn on a dozen machines over the years, and these are the ones I would buy again "
                + "for a beginner on a budget, with notes on what each one does well.</p>";
        StringBuilder cards = new StringBuilder("<div class='roundup'>");
        for (int n = 1; n <= 4; n++) {
            cards.append("<div class='roundup-item'><h3><a href='https://shop.example/m").append(n)
                    .append("'>Machine ").append(n).append("</a></h3><p class='roundup-meta'>Mechanical</p>")
                    .append("<p>Machine ").append(n).append(" sews beautifully and rarely has tension problems.</p>")
                    .append("</div>");
        }
        cards.append("</div>");
        String inBody = "<html><body><article><div class='entry-content'>" + prose + cards + prose.replace("budget",
                "shoestring") + "</div></article></body></html>";
        String outside = "<html><body><article><div class='entry-content'>" + prose + prose.replace("budget",
                "shoestring") + "</div>" + cards + "</article></body></html>";

        assertThat(extractor.extract(Jsoup.parse(inBody))).contains("Machine 2 sews beautifully");
        assertThat(extractor.extract(Jsoup.parse(outside))).doesNotContain("Machine 2 sews beautifully");
    }
}
