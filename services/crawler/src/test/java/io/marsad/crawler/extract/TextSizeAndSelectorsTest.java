package io.marsad.crawler.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.QueryParser;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shortcuts extraction takes for speed answer as what they stand for does: {@link TextSize} as the length of jsoup's
 * {@code text()}, {@link Selectors} as jsoup's own query, on every element of the gold pages and on text made to trip them.
 */
class TextSizeAndSelectorsTest {

    private static final Path GOLD = Path.of("src/test/resources/extraction/gold");

    @Test
    void textSizeAnswersAsTextsLengthDoes() throws IOException {
        List<Document> pages = goldPages();
        // white space of every kind, no-break and zero-width spaces, soft hyphens and <br>s, which text() collapses or drops
        pages.add(Jsoup.parse("<div><p>\u00a0 a\u200b\u00ad b \n\t</p><span>c<br>d</span>\u3000<i>  </i><p>١٢ ٣</p></div>"));
        int compared = 0;
        for (Document page : pages) {
            for (Element element : page.getAllElements()) {
                int length = element.text().length();
                for (int max : new int[] {0, 1, 2, length - 1, length, length + 1, 200}) {
                    if (max >= 0) {
                        assertEquals(length > max, TextSize.exceeds(element, max), element.cssSelector() + " at " + max);
                        compared++;
                    }
                }
            }
        }
        assertTrue(compared > 10_000, "compared " + compared);
    }

    @Test
    void selectorsFindWhatJsoupsQueriesFind() throws IOException {
        List<Document> pages = goldPages();
        pages.add(Jsoup.parse("<main><article><p>a<article><p>b</article></article><form><a name=comments></a><a id=x>y</a></form>"
            + "<script type='application/ld+json'>{}</script><time datetime=2024>t</time><img alt=x><div style='display:none'>z</div></main>"));
        pages.add(Jsoup.parse("<div hidden><a href='#x' class='hidden'>skip</a><a href='#y' class='Invisible'>skip</a>"
            + "<span aria-hidden=' TRUE '>icon</span><svg></svg><video><p>enable JavaScript</p></video><a href='/x' class='hidden'>x</a></div>"
            + "<h2 class='sr-only'>Main content</h2><h3 class='title Text-Hide'>Section</h3><h4>Shown</h4><p class=sr-only>kept</p>"));
        int found = 0;
        for (Document page : pages) {
            // against jsoup's reading of the queries they print, asked through jsoup and walked directly
            for (Selectors.Query query : List.of(Boilerplate.ARTICLE_CONTAINER, Selectors.query("a[name], a[id]"), Selectors.query("[style]"),
                Selectors.query("script[type=application/ld+json]"), Selectors.query("img[alt], img[title]"), Selectors.PARAGRAPHS,
                Selectors.ARTICLES, Selectors.DATED_TIMES, NonContent.HIDDEN, NonContent.NEVER_CONTENT, NonContent.MEDIA,
                Selectors.tags("h1", "h2", "h3", "h4", "h5", "h6", "div", "p", "span", "strong", "b"))) {
                for (Element root : List.of(page, page.body())) {
                    List<Element> expected = root.select(QueryParser.parse(query.toString()));
                    assertEquals(expected, root.select(query), query.toString());
                    assertEquals(expected, Selectors.select(root, query), query.toString());
                    found += expected.size();
                }
            }
            assertEquals(page.getAllElements(), Selectors.all(page));
        }
        assertTrue(found > 100, "found " + found);
    }

    @Test
    void aQueryOfAnElementsNeighboursIsRefused() {
        for (String query : List.of("p span", "ul > li", "h2 + p", "h2 ~ p", "p:has(a)", "a, p span")) {
            assertThrows(IllegalArgumentException.class, () -> Selectors.query(query), query);
        }
        assertEquals("a[name], a[id]", Selectors.query("a[name], a[id]").toString());
    }

    @Test
    void nameWordsFindWhatTheirRegularExpressionFinds() throws IOException {
        String dateNames = "date|dates|time|posted-?on|(?:entry|post)-?meta|[dD]ata|s?info|\\d+-col";
        List<String> names = new java.util.ArrayList<>(List.of("", " ", "related", "related_posts", "relatedPosts", "read-also", "read_also",
            "readalso", "tag-cloud", "tags-x", "x-tags", "toc_faq", "toc-target", "toc", "toc-container", "ads", "adsense-x", "ad-slot",
            "author-box", "author", "authorx", "sr-only", "post-meta-data", "comment-list", "post\tmeta", "a\nmeta", "meta\n",
            "modal-dialog", "tie-dialog tie-repostdialog", "dialog-off-canvas-main-canvas", "dialog", "paragraph--type--jump-link",
            "moduletable", "moduletable_menu", "moduletable-latest", "moduletables"));
        for (Document page : goldPages()) {
            page.getAllElements().forEach(element -> names.add(ElementNames.of(element)));
        }
        java.util.Random random = new java.util.Random(11);
        String[] parts = {"related", "read", "also", "more", "news", "tag", "s", "toc", "list", "meta", "entry", "post", "data", "date",
            "info", "ad", "x", "Data", "12", "col", "on", "posted", "share", "ing", "é"};
        String[] separators = {"-", "_", " ", "", "", ":", "."};
        for (int i = 0; i < 20_000; i++) {
            StringBuilder name = new StringBuilder();
            for (int words = 1 + random.nextInt(5); words > 0; words--) {
                name.append(parts[random.nextInt(parts.length)]).append(separators[random.nextInt(separators.length)]);
            }
            names.add(name.toString());
        }
        int found = 0;
        for (String alternatives : List.of(Boilerplate.FURNITURE_NAMES, dateNames)) {
            java.util.regex.Pattern pattern = java.util.regex.Pattern.compile("(?:^|[\\s_-])(?:" + alternatives + ")(?:$|[\\s_-])");
            java.util.regex.Pattern ignoringCase = java.util.regex.Pattern.compile(pattern.pattern(), java.util.regex.Pattern.CASE_INSENSITIVE);
            NameWords words = NameWords.of(alternatives);
            NameWords wordsIgnoringCase = NameWords.ignoringCase(alternatives);
            for (String name : names) {
                boolean expected = pattern.matcher(name).find();
                assertEquals(expected, words.in(name), alternatives + " in " + name);
                assertEquals(ignoringCase.matcher(name).find(), wordsIgnoringCase.in(name), alternatives + " ignoring case in " + name);
                found += expected ? 1 : 0;
            }
        }
        assertTrue(found > 2_000 && found < 2 * names.size() - 2_000, "found " + found);
        assertThrows(IllegalArgumentException.class, () -> NameWords.of("a||b"));
        // a dialog's box, not Drupal's wrapper of every page, "dialog-off-canvas-main-canvas"; a jump link's box holds the sections
        NameWords furniture = NameWords.of(Boilerplate.FURNITURE_NAMES);
        assertTrue(furniture.in("modal-dialog") && furniture.in("tie-dialog tie-repostdialog"));
        assertFalse(furniture.in("dialog-off-canvas-main-canvas") || furniture.in("paragraph paragraph--type--jump-link"));
        // Joomla's modules, its widgets, with the suffix a site gives them
        assertTrue(furniture.in("moduletable") && furniture.in("moduletable_menu") && furniture.in("moduletable-latest"));
    }

    @Test
    void aWordedPatternLooksForItsWordsAsLowerCasedTextWouldHoldThem() throws IOException {
        List<String> words = List.of("subscri", "rights reserved", "(c)", "©", "подпи", "اشترك", "Newsletter");
        WordedPattern any = WordedPattern.of(400, words, ".");
        java.util.Random random = new java.util.Random(7);
        List<String> texts = new java.util.ArrayList<>(List.of("", "SUBSCRIBE NOW", "All Rights Reserved", "(C) 2024", "Подпишитесь",
            "اشتركوا", "newsletters", "subscr", "rights  reserved", "İstanbul subscribers"));
        for (Document page : goldPages()) {
            page.getAllElements().forEach(element -> texts.add(element.ownText()));
        }
        String letters = "abcsubSCRIBEnwletr ©()подпиاشترك";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int length = random.nextInt(40); length > 0; length--) {
                text.append(random.nextInt(8) == 0 ? words.get(random.nextInt(words.size())) : letters.charAt(random.nextInt(letters.length())));
            }
            texts.add(text.toString());
        }
        int found = 0;
        for (String text : texts) {
            String lower = text.toLowerCase(java.util.Locale.ROOT);
            boolean expected = text.length() <= 400 && !text.isEmpty() && words.stream().anyMatch(word -> lower.contains(word.toLowerCase()));
            assertEquals(expected, any.findIn(text), text);
            found += expected ? 1 : 0;
        }
        assertTrue(found > 1_000 && found < texts.size() - 1_000, "found " + found);
    }

    private static List<Document> goldPages() throws IOException {
        try (Stream<Path> files = Files.list(GOLD)) {
            List<Document> pages = new java.util.ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                pages.add(Jsoup.parse(Files.readString(file)));
            }
            return pages;
        }
    }
}
