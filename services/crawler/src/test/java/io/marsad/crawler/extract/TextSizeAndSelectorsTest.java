package io.marsad.crawler.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    void selectorsMatchWhatJsoupsQueriesMatch() throws IOException {
        List<Document> pages = goldPages();
        pages.add(Jsoup.parse("<div hidden><a href='#x' class='hidden'>skip</a><a href='#y' class='Invisible'>skip</a>"
            + "<span aria-hidden=' TRUE '>icon</span><svg></svg><video><p>enable JavaScript</p></video><a href='/x' class='hidden'>x</a></div>"));
        int matched = 0;
        for (Document page : pages) {
            // the selectors furniture removal uses, against jsoup's reading of the queries they print
            for (Evaluator selector : List.of(Boilerplate.NEVER_CONTENT, Boilerplate.MEDIA, Boilerplate.HIDDEN)) {
                List<Element> expected = page.select(QueryParser.parse(selector.toString()));
                assertEquals(expected, page.select(selector), selector.toString());
                matched += expected.size();
            }
        }
        assertTrue(matched > 20, "matched " + matched);
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
