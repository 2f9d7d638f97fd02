package io.marsad.bench;

import io.marsad.crawler.extract.ExtractedArticle;

import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Scores the title, publication date and authors the extractor found on one set's pages against what the set
 * says, for the pages that say it. Each is right or wrong, never partly:
 * <ul>
 *   <li>the title, compared after Unicode compatibility folding, case folding, one kind of quote and dash, and
 *       runs of white space made one;</li>
 *   <li>the date, right when the set's date (a day, or a month) is the day of the extracted instant in some
 *       time zone (UTC−12 to UTC+14): an instant keeps no zone, and a page of Sydney dated the 4th was published
 *       on the 3rd in UTC;</li>
 *   <li>the authors, right when the two sets of names are the same, names split where the set or the page joins
 *       them ({@code ,} {@code ;} {@code &} "and") and degrees left out ("Jillian Kubala, MS, RD" is one name).</li>
 * </ul>
 * Pages where the set says no one wrote the text but the extractor names someone are counted apart.
 */
final class MetadataQuality {

    private static final Pattern NAME_JOINS = Pattern.compile("\\s*(?:[;,&]|\\band\\b)\\s*", Pattern.UNICODE_CHARACTER_CLASS);
    /** Degrees and credentials written after a name: MD, RD, CFP®, M.P.H., DVM, "VTS (Behavior)". */
    private static final Pattern CREDENTIAL = Pattern.compile("(?:[A-Z]\\.?){2,5}®?(?:\\s*\\([^)]*\\))?");
    private static final Duration EARLIEST_ZONE = Duration.ofHours(-12);
    private static final Duration LATEST_ZONE = Duration.ofHours(14);

    private final List<String> misses = new ArrayList<>();
    private int titles;
    private int titlesRight;
    private int dates;
    private int datesRight;
    private int authors;
    private int authorsRight;
    private int noAuthorPages;
    private int authorsInvented;

    void add(String pageId, ExpectedMetadata expected, ExtractedArticle article) {
        if (expected.title() != null) {
            titles++;
            boolean right = folded(expected.title()).equals(folded(article.title()));
            titlesRight += right ? 1 : 0;
            miss(right, pageId, "title", expected.title(), article.title());
        }
        if (expected.date() != null) {
            dates++;
            boolean right = sameDay(expected.date(), article.publishedAt());
            datesRight += right ? 1 : 0;
            miss(right, pageId, "date", expected.date(), article.publishedAt());
        }
        if (expected.authors() != null) {
            authors++;
            boolean right = names(List.of(expected.authors())).equals(names(article.authors()));
            authorsRight += right ? 1 : 0;
            miss(right, pageId, "authors", expected.authors(), article.authors());
        } else if (expected.noAuthor()) {
            noAuthorPages++;
            boolean invented = !names(article.authors()).isEmpty();
            authorsInvented += invented ? 1 : 0;
            miss(!invented, pageId, "authors", "(nobody)", article.authors());
        }
    }

    boolean isEmpty() {
        return titles + dates + authors + noAuthorPages == 0;
    }

    /** The misses, one line each, for the part whose pages are printed. */
    List<String> misses() {
        return misses;
    }

    String summary(String set) {
        return String.format(Locale.ROOT, "%s metadata: titles %s, dates %s, authors %s; an author named on %d of %d pages that name nobody",
            set, ratio(titlesRight, titles), ratio(datesRight, dates), ratio(authorsRight, authors), authorsInvented, noAuthorPages);
    }

    List<String> benchResults(String set) {
        List<String> results = new ArrayList<>();
        addResult(results, set, "titles", titlesRight, titles);
        addResult(results, set, "dates", datesRight, dates);
        addResult(results, set, "authors", authorsRight, authors);
        return results;
    }

    private static void addResult(List<String> results, String set, String field, int right, int of) {
        if (of > 0) {
            results.add(String.format(Locale.ROOT, "bench-result: extraction-quality-%s-%s=%.3f", set, field, (double) right / of));
        }
    }

    private void miss(boolean right, String pageId, String field, Object expected, Object found) {
        if (!right) {
            misses.add(String.format(Locale.ROOT, "%s %s: expected %s, found %s", pageId, field, expected, found));
        }
    }

    private static String ratio(int right, int of) {
        return of == 0 ? "none given" : String.format(Locale.ROOT, "%d/%d (%.3f)", right, of, (double) right / of);
    }

    static String folded(String text) {
        if (text == null) {
            return "";
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
            .replaceAll("[‘’´`]", "'").replaceAll("[“”„«»]", "\"").replaceAll("[–—]", "-");
        return folded.replaceAll("\\s+", " ").strip();
    }

    static boolean sameDay(String expected, Instant found) {
        if (found == null) {
            return false;
        }
        for (Duration zone = EARLIEST_ZONE; zone.compareTo(LATEST_ZONE) <= 0; zone = zone.plusHours(1)) {
            String day = found.plus(zone).atOffset(ZoneOffset.UTC).toLocalDate().toString();
            if (day.startsWith(expected)) {
                return true;
            }
        }
        return false;
    }

    static TreeSet<String> names(List<String> written) {
        TreeSet<String> names = new TreeSet<>();
        for (String each : Objects.requireNonNullElse(written, List.<String>of())) {
            Arrays.stream(NAME_JOINS.split(each)).map(String::strip)
                .filter(name -> !name.isEmpty() && !CREDENTIAL.matcher(name).matches())
                .map(MetadataQuality::folded).forEach(names::add);
        }
        return names;
    }
}
