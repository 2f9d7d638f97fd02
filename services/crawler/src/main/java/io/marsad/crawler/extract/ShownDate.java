package io.marsad.crawler.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeFilter;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The publication date a page shows its readers when its metadata gives none: the line under the headline that
 * says "29. Januar 2020", "October 9, 2018" or "22/01/2022" in an element the theme names after dates
 * ({@code <span class="entry-date">}, {@code <div class="post-meta">}, {@code <p class="datum">}) or in a
 * {@code <time>} without its {@code datetime}, or in one of the short lines right under the headline, whatever
 * they are named. The first such line after the page's {@code <h1>} is the story's;
 * the sidebar's and the comments' dates come later (or before it, in a list of recent posts). Day only, at
 * midnight UTC, as with dates in URLs.
 */
final class ShownDate {

    /** Class and id words of elements that show a date, or the line of metadata that holds it. */
    private static final NameWords DATE_NAMES = NameWords.of(
        "date|dates|time|timestamp|published|pubdate|posted|posted-?on|datum|fecha|data|meta|metadata|byline|dateline|entry-?meta|post-?meta|article-?meta|info");
    /** Where the dates are the site's or other pages': its footer ("last modified on…"), menus, side columns. */
    private static final org.jsoup.select.Evaluator ELSEWHERE = org.jsoup.select.QueryParser.parse("footer, nav, aside");
    /** A date the page was changed on, not published on. */
    private static final Pattern CHANGED = Pattern.compile(
        "modified|updated|edited|aktualisiert|geändert|bearbeitet|mis à jour|modifié|actualizado|atualizado|aggiornato|обновлено|изменено",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern CAMEL_HUMP = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})");
    /** The words a line begins with to say that the date in it is the publication's. */
    private static final Pattern PUBLISHED_LABEL = Pattern.compile(
        "\\s*(?:(?:published|posted|publié|publicado|pubblicato|veröffentlicht|erschienen|pressemitteilung|fachmeldung|meldung|опубликовано)"
            + "(?:\\s+(?:on|the|am|le|el|il|em|vom))*\\s*:?\\s*(?:\\d|\\p{L}+\\.?\\s+\\d)"
            // Chinese and Japanese: "发表于 2004年12月27日", "发布时间：2022-02-13", "投稿日：2021/5/3"
            + "|(?:发表于|發表於|发布于|發佈於|發布於|发表时间|發表時間|发布时间|發布時間|發佈時間|发布日期|發布日期|时间|時間|日期|公開日|投稿日|掲載日)"
            + "\\s*[:：]?\\s*\\d)",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** The letters {@link #PUBLISHED_LABEL}'s words open with. */
    private static final String LABEL_INITIALS = "pvefmо发發时時日公投掲";
    private static final Pattern PUBLISHED = Pattern.compile("publish|pubdate", Pattern.CASE_INSENSITIVE);
    /** Longer than this, an element holds more than a line of metadata. */
    private static final int MAX_LINE = 200;
    private static final int EARLIEST_YEAR = 1995;
    /** The time zones furthest from UTC: a shown day runs from 14 hours before its UTC day to 12 hours after it. */
    private static final Duration LATEST_ZONE = Duration.ofHours(14);
    private static final Duration EARLIEST_ZONE = Duration.ofHours(-12);
    private static final Selectors.Query HEADINGS = Selectors.tags("h1", "h2", "h3");
    /** The white space an old page's markup may put around a headline's text node. */
    private static final int MAX_PADDING = 40;
    /** How many short lines under the headline are read as its date line, whatever their names. */
    private static final int MAX_LINES_UNDER_HEADLINE = 3;
    /** Longer than this, a line under the headline is the story's text, and the lines of metadata are over. */
    private static final int MAX_SHORT_LINE = 100;
    /** How far up a date's label is looked for, and how much text before the date is read as its label. */
    private static final int LABEL_LEVELS = 3;
    private static final int LABEL_LENGTH = 30;

    private static final Pattern ISO = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})-(\\d{1,2})-(\\d{1,2})(?!\\d)");
    /** 2019年4月21日 (Chinese, Japanese), 2019년 4월 21일 (Korean), 2019.03.05 and 2019/03/05: the year first. */
    private static final Pattern YEAR_FIRST = Pattern.compile("(?<![\\d.])((?:19|20)\\d{2})(?:\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일]"
        + "|([./])(\\d{1,2})\\4(\\d{1,2})(?![\\d.]))");
    /** 29.01.2020, 29/01/2020, 29-01-2020 (or 01/29/2020 on English pages, when the month comes first). */
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d.])(\\d{1,2})([./-])(\\d{1,2})\\2((?:19|20)\\d{2})(?!\\d)");
    private static final Map<String, Integer> MONTHS = monthNames();
    private static final String MONTH = "(" + MONTHS.keySet().stream().sorted((a, b) -> b.length() - a.length())
        .map(Pattern::quote).collect(Collectors.joining("|")) + ")";
    /** 29 January 2020, 29. Januar 2020, 29 de enero de 2020, 29 января 2020 г. */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
        "(?<!\\d)(\\d{1,2})(?:\\.|er|º)?\\s+(?:de\\s+)?" + MONTH + "\\.?,?\\s+(?:de\\s+)?((?:19|20)\\d{2})(?!\\d)",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** January 29, 2020; Jan. 29th 2020. */
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
        "(?<![\\p{L}])" + MONTH + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})(?!\\d)",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private ShownDate() {}

    /** @param language the page's language (ISO 639-1) or null: an English page writes its month first in 01/29/2020 */
    static Optional<Instant> find(Document document, String language) {
        Shown shown = shown(document, language);
        return shown.published().or(shown::changed); // the day it was changed, when that is all it shows, is the latest it vouches for
    }

    /** The day the page shows as its publication's, never one it says it was changed on. */
    static Optional<Instant> findPublished(Document document, String language) {
        return shown(document, language).published();
    }

    private record Shown(Optional<Instant> published, Optional<Instant> changed) {}

    private static Shown shown(Document document, String language) {
        Element headline = headline(document);
        Optional<Instant> first = Optional.empty();
        Optional<Instant> changed = Optional.empty();
        boolean afterHeadline = headline == null;
        int linesUnderHeadline = 0;
        for (Element element : document.body() == null ? List.<Element>of() : Selectors.all(document.body())) {
            if (element == headline) {
                afterHeadline = true;
                continue;
            }
            boolean lineUnderHeadline = false;
            if (afterHeadline && headline != null && linesUnderHeadline < MAX_LINES_UNDER_HEADLINE && element.hasText()
                && !element.ownText().isBlank() && !element.parents().contains(headline)) {
                // the lines right under the headline ("Hamburg, 2. November 2021", "<p><em>10.11.2021</em></p>"), until the text
                lineUnderHeadline = !TextSize.exceeds(element, MAX_SHORT_LINE);
                linesUnderHeadline = lineUnderHeadline ? linesUnderHeadline + 1 : MAX_LINES_UNDER_HEADLINE;
            }
            if (!lineUnderHeadline && !showsADate(element) || element.closest(ELSEWHERE) != null) {
                continue;
            }
            String text = lineUnderHeadline ? lineOf(element).text() : element.text();
            Optional<Instant> date = text.length() > MAX_LINE ? Optional.empty() : read(text, language);
            if (date.isPresent() && (saysChanged(text) || labelledChanged(element))) {
                changed = changed.or(() -> date);
            } else if (date.isPresent()) {
                if (afterHeadline) {
                    return new Shown(date, changed);
                }
                first = first.or(() -> date);
            }
        }
        return new Shown(first, changed);
    }

    /**
     * The story's headline: the first {@code <h1>}, unless it is a name too short for a headline and the {@code <title>}
     * repeats a later heading (a site's name as its {@code <h1>}, the story's headline an {@code <h2>} under it: "松花江网"
     * over "土豆不“土” 土豆无“土”"); on a page without any {@code <h1>}, the first heading or short line the {@code <title>} repeats whole,
     * as old portals write the headline in a {@code <font>} or a table cell (sina.com.cn, 2005, its date line right under it).
     */
    private static Element headline(Document document) {
        Elements headings = Selectors.select(document, HEADINGS);
        Element firstH1 = headings.stream().filter(heading -> heading.nameIs("h1")).findFirst().orElse(null);
        String title = PlainText.comparable(document.title());
        if (title.length() < MetadataReader.MIN_CONFIRMED_HEADLINE || firstH1 != null && !isName(firstH1)) {
            return firstH1;
        }
        for (Element heading : headings) {
            if (MetadataReader.titleHolds(title, heading.text())) {
                return heading;
            }
        }
        if (firstH1 != null || document.body() == null) {
            return firstH1;
        }
        // the first text the title holds, read from the text nodes: an element's whole text, built for every element of a
        // page without an <h1>, cost a few per cent of extraction on old Chinese portals
        Element[] found = new Element[1];
        document.body().filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text && text.parent() instanceof Element holder && holdsHeadline(title, text.getWholeText())) {
                    found[0] = holder;
                    return FilterResult.STOP;
                }
                return FilterResult.CONTINUE;
            }
        });
        return found[0];
    }

    /** Whether a text node's text is one the {@code <title>} holds whole: checked by length first, as most texts are longer. */
    private static boolean holdsHeadline(String title, String text) {
        return text.length() >= MetadataReader.MIN_CONFIRMED_HEADLINE && text.length() <= 2 * title.length() + MAX_PADDING
            && MetadataReader.titleHolds(title, text);
    }

    /** Whether a heading says a name, too short for a headline (an empty one, a logo's picture, says nothing). */
    private static boolean isName(Element heading) {
        int length = PlainText.comparable(heading.text()).length();
        return length > 0 && length < MetadataReader.MIN_CONFIRMED_HEADLINE;
    }


    /** Whether a line says it was changed before its first date: "Updated Mar 12, 2020", not "Published Oct 21, 2025 · Updated…". */
    private static boolean saysChanged(String line) {
        int digit = 0;
        while (digit < line.length() && !Character.isDigit(line.charAt(digit))) {
            digit++;
        }
        return CHANGED.matcher(line).region(0, digit).find();
    }

    /**
     * Whether the date in this element is the day the page was changed: the element or its parent named so
     * ({@code class="ModifiedAt"}, {@code itemprop="dateModified"}) or labelled so in its line ("Updated
     * <time>…</time>", "Published Jan 1 · Last updated <time>…</time>").
     */
    static boolean labelledChanged(Element element) {
        for (Element named : element.parent() == null ? List.of(element) : List.of(element, element.parent())) {
            String names = named.className() + " " + named.id() + " " + named.attr("itemprop");
            if (CHANGED.matcher(names).find()) {
                return !PUBLISHED.matcher(names).find(); // WordPress names a post never changed "entry-date published updated"
            }
        }
        String own = element.text();
        Element line = element;
        for (int level = 0; level < LABEL_LEVELS && line.parent() != null && !TextSize.exceeds(line.parent(), MAX_SHORT_LINE); level++) {
            line = line.parent();
            String text = line.text();
            int at = own.isEmpty() ? -1 : text.indexOf(own);
            if (at > 0) {
                return CHANGED.matcher(text.substring(Math.max(0, at - LABEL_LENGTH), at)).find();
            }
        }
        return false;
    }

    /**
     * Whether an instant falls on a day the page shows ({@link #find}'s midnight UTC) in some time zone: a story
     * published at 23:30 in New York shows the day before its UTC date.
     */
    static boolean onDay(Instant instant, Instant shownDay) {
        return !instant.isBefore(shownDay.minus(LATEST_ZONE)) && instant.isBefore(shownDay.plus(Duration.ofDays(1)).minus(EARLIEST_ZONE));
    }

    private static boolean showsADate(Element element) {
        if (element.nameIs("time")) {
            return true;
        }
        if (element.attributesSize() > 0) {
            if (NAMES_A_DATE.get(element.className() + " " + element.id())) {
                return true;
            }
        }
        // a line that says what its date is, whatever its name: "Veröffentlicht am 16.08.2019", "Posted on the 15/12/2025"
        return mayOpenWithLabel(element) && PUBLISHED_LABEL.matcher(element.ownText()).lookingAt();
    }

    /**
     * Whether the element's own text opens with a letter {@link #PUBLISHED_LABEL}'s words open with: checked on its text
     * nodes first, as building the own text of every element of a page that shows no date cost a twentieth of extraction.
     */
    private static boolean mayOpenWithLabel(Element element) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                String own = text.getWholeText();
                for (int i = 0; i < own.length(); i++) {
                    char c = own.charAt(i);
                    if (c > ' ' && c != '\u00a0' && c != '\u200b' && c != '\u00ad') {
                        return LABEL_INITIALS.indexOf(Character.toLowerCase(c)) >= 0;
                    }
                }
            }
        }
        return false;
    }

    /** Asked of every element of pages that show no date: remembered by the names, which a page repeats. */
    private static final NameMemo<Boolean> NAMES_A_DATE = new NameMemo<>(4_096, ShownDate::namesADate);

    private static boolean namesADate(String classAndId) {
        // CSS modules write names in camel case ("Author_publicationTime__F2lab"): their words are parted first
        String names = (mayHoldAHump(classAndId) ? CAMEL_HUMP.matcher(classAndId).replaceAll("-") : classAndId).toLowerCase(Locale.ROOT);
        return !names.isBlank() && DATE_NAMES.in(names);
    }

    /** Whether a {@link #CAMEL_HUMP} may be there: most names have no capital, and the look-behind is tried at every letter. */
    private static boolean mayHoldAHump(String names) {
        for (int i = 0; i < names.length(); i++) {
            char c = names.charAt(i);
            if (Character.getType(c) == Character.UPPERCASE_LETTER || Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** The block a short text sits in: "<p><span>Hamburg,</span> 2. November 2021</p>" reads as one line. */
    private static Element lineOf(Element element) {
        Element line = element;
        while (line.tag().isInline() && line.parent() != null && !TextSize.exceeds(line.parent(), MAX_SHORT_LINE)) {
            line = line.parent();
        }
        return line;
    }

    /** The first date written in the text, or none. */
    static Optional<Instant> parse(String text, String language) {
        return text.length() > MAX_LINE || saysChanged(text) ? Optional.empty() : read(text, language);
    }

    private static Optional<Instant> read(String text, String language) {
        if (text.chars().noneMatch(Character::isDigit)) {
            return Optional.empty();
        }
        Matcher iso = ISO.matcher(text);
        if (iso.find()) {
            return day(iso.group(1), iso.group(2), iso.group(3));
        }
        Matcher yearFirst = YEAR_FIRST.matcher(text);
        if (yearFirst.find()) {
            return yearFirst.group(2) != null ? day(yearFirst.group(1), yearFirst.group(2), yearFirst.group(3))
                : day(yearFirst.group(1), yearFirst.group(5), yearFirst.group(6));
        }
        Matcher numeric = NUMERIC.matcher(text);
        if (numeric.find()) {
            int first = Integer.parseInt(numeric.group(1));
            int second = Integer.parseInt(numeric.group(3));
            boolean monthFirst = "en".equals(language) && numeric.group(2).equals("/") && second <= 31 && first <= 12;
            return monthFirst ? day(numeric.group(4), numeric.group(1), numeric.group(3)) : day(numeric.group(4), numeric.group(3), numeric.group(1));
        }
        Matcher dayMonth = DAY_MONTH_YEAR.matcher(text);
        if (dayMonth.find()) {
            return day(dayMonth.group(3), month(dayMonth.group(2)), dayMonth.group(1));
        }
        Matcher monthDay = MONTH_DAY_YEAR.matcher(text);
        if (monthDay.find()) {
            return day(monthDay.group(3), month(monthDay.group(1)), monthDay.group(2));
        }
        return Optional.empty();
    }

    private static String month(String name) {
        return String.valueOf(MONTHS.get(name.toLowerCase(Locale.ROOT)));
    }

    private static Optional<Instant> day(String year, String month, String day) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            if (date.getYear() < EARLIEST_YEAR || date.isAfter(LocalDate.now(ZoneOffset.UTC).plusDays(1))) {
                return Optional.empty();
            }
            return Optional.of(date.atStartOfDay().toInstant(ZoneOffset.UTC));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Month names, full and short, in the languages Marsad reads, each to its month; a name two languages give to
     * different months is left out.
     */
    private static Map<String, Integer> monthNames() {
        Map<String, Integer> months = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        CalendarNames.months(List.of("en", "de", "fr", "es", "pt", "it", "nl", "ru", "uk", "tr", "pl", "cs", "sv", "da", "no"), (full, month) -> {
            String name = full.replaceAll("\\.$", "");
            if (name.length() >= 3) {
                Integer known = months.putIfAbsent(name, month);
                if (known != null && !known.equals(month)) {
                    ambiguous.add(name);
                }
            }
        });
        ambiguous.forEach(months::remove);
        return Map.copyOf(months);
    }
}
