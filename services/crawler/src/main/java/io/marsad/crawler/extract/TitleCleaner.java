package io.marsad.crawler.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Strips the site name that {@code <title>} usually carries ("Headline | Site", "Site - Headline"). */
final class TitleCleaner {

    /** Marks between spaces, and the underscore Chinese and Japanese sites write between words of their own ("标题_智能_好奇心日报"). */
    private static final Pattern SEPARATOR = Pattern.compile(
        "\\s+[|\\-–—:»·]\\s+|(?<=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}，。！？」』）])_(?=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}])");
    /** Marks between a headline and a site's name in a title, with or without spaces; a hyphen only between spaces. */
    private static final Pattern SITE_MARK = Pattern.compile("\\s*[|–—»·_]\\s*|\\s+-\\s+|-(?=\\p{IsHan})|(?<=\\p{IsHan}|[！？。])-");

    private static final Pattern HOST_NAME = Pattern.compile("[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.[a-z]{2,6}");
    /** Not "»", which closes a quote. */
    /** The last part of a title after a pipe, the mark sites put before their name. */
    private static final Pattern LAST_PIPE = Pattern.compile("\\s+\\|\\s+([^|]+)$");
    private static final int MIN_SITE_KEY = 3;
    private static final Pattern DANGLING_MARK = Pattern.compile("\\s+[|\\-–—·]+$");

    private TitleCleaner() {}

    static String withoutSiteName(String title, String siteName) {
        if (title == null) {
            return null;
        }
        String trimmed = title.trim();
        String[] parts = SEPARATOR.split(trimmed);
        if (parts.length < 2) {
            return trimmed;
        }
        String stripped = siteName == null ? null : withoutEnd(trimmed, siteName);
        // Without a known site name, the longest part is the headline.
        return stripped != null ? stripped : longest(parts).trim();
    }

    /**
     * A headline from any source (JSON-LD, {@code og:title}) without a site name at either end:
     * sites write "Headline - Site" or "Site - Headline" there too (youm7.com, elbaladtv.net,
     * almadenahnews.com). Only names the page gives elsewhere are stripped, never a guess.
     */
    static String withoutSiteNames(String headline, List<String> siteNames) {
        if (headline == null) {
            return null;
        }
        String trimmed = headline.trim();
        String[] parts = SEPARATOR.split(trimmed);
        if (parts.length >= 2) {
            for (String name : siteNames) {
                String stripped = withoutEnd(trimmed, name);
                if (stripped != null) {
                    return stripped;
                }
            }
            return withoutLastPartNaming(trimmed, siteNames);
        }
        return trimmed;
    }

    /**
     * The title without its last part after a pipe when that part is the site's name written shorter or longer than
     * the page names it elsewhere ("… | VCA Animal Hospitals" on a site named "Vca", "… | Thrive Internet Marketing"
     * by "Thrive Internet Marketing Agency") or a word of its host ("… | Fern" on buildwithfern.com).
     */
    private static String withoutLastPartNaming(String title, List<String> siteNames) {
        Matcher pipe = LAST_PIPE.matcher(title);
        if (!pipe.find()) {
            return title;
        }
        String part = siteKey(pipe.group(1));
        for (String name : siteNames) {
            String key = siteKey(name);
            boolean host = HOST_NAME.matcher(name.trim().toLowerCase(Locale.ROOT)).matches();
            if (part.length() >= MIN_SITE_KEY && key.length() >= MIN_SITE_KEY
                && (key.startsWith(part) || part.startsWith(key) || host && key.contains(firstWordKey(pipe.group(1))))) {
                return title.substring(0, pipe.start()).trim();
            }
        }
        return title;
    }

    private static String firstWordKey(String part) {
        String first = siteKey(part.trim().split("\\s+")[0]);
        return first.length() >= MIN_SITE_KEY + 1 ? first : "\u0000"; // a word too short to tell a host by matches none
    }

    /**
     * A title without the parts the page's own headline leaves out: "Headline | Site | Tagline" where the page's
     * {@code <h1>} says "Headline". Sites write their name into the title however they like, also without spaces
     * around the mark ("武汉的声音…-新华网", "蔡健雅_百度百科"), and no other source names it. Where the {@code <h1>} is
     * the site's logo (a link to its home page) and says "Site", the other side is the headline. A colon parts a
     * kicker from the headline ("Brexit: what happens next"), not a site from it, so it is no such mark.
     *
     * @param headlines the texts of the page's {@code <h1>}s
     * @param logos     the texts of those that are the site's logo
     */
    static String withoutPartsBeside(String title, List<String> headlines, List<String> logos) {
        if (title == null || headlines.isEmpty() && logos.isEmpty()) {
            return title;
        }
        Matcher mark = SITE_MARK.matcher(title);
        while (mark.find()) {
            String before = title.substring(0, mark.start()).trim();
            String after = title.substring(mark.end()).trim();
            if (before.isEmpty() || after.isEmpty()) {
                continue;
            }
            String headline = sideSaying(headlines, before, after);
            if (headline != null) {
                return headline;
            }
            String siteName = sideSaying(logos, before, after);
            if (siteName != null) {
                return siteName == before ? after : before;
            }
        }
        return title;
    }

    /** Which of the two sides of a mark one of the texts says ({@code before} or {@code after} itself), or null. */
    private static String sideSaying(List<String> texts, String before, String after) {
        for (String text : texts) {
            String said = PlainText.comparable(text);
            if (said.equals(PlainText.comparable(before))) {
                return before;
            }
            if (said.equals(PlainText.comparable(after))) {
                return after;
            }
        }
        return null;
    }

    /**
     * The title without the part at either end that is the name, or null when neither end is. The part may hold a mark
     * of its own ("Mady Morrison - Yoga Lifestyle"), and is compared as a {@link #siteKey}: "La Stampa" is lastampa.it.
     */
    private static String withoutEnd(String title, String name) {
        String key = siteKey(name);
        if (key.isEmpty()) {
            return null;
        }
        Matcher mark = SEPARATOR.matcher(title);
        while (mark.find()) {
            if (siteKey(title.substring(mark.end())).equals(key)) {
                return title.substring(0, mark.start()).trim();
            }
            if (siteKey(title.substring(0, mark.start())).equals(key)) {
                return title.substring(mark.end()).trim();
            }
        }
        return null;
    }

    /**
     * A site's name as letters and digits, lower-cased, without "www." and top-level domain when written as a host
     * name: "La Stampa", "lastampa.it" and "www.lastampa.it" give one key.
     */
    private static String siteKey(String name) {
        String key = name.trim().toLowerCase(Locale.ROOT);
        if (HOST_NAME.matcher(key).matches()) {
            key = key.replaceFirst("^www\\.", "").replaceFirst("\\.[a-z]{2,6}$", "");
        }
        return key.replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    /** The title without a mark left dangling at its end, as CMSs leave when a site name is empty ("Headline -"). */
    static String withoutDanglingMark(String title) {
        return title == null ? null : DANGLING_MARK.matcher(title).replaceFirst("");
    }

    /**
     * The end of the page's {@code <title>} that is not the headline ("Headline - Site"), when the
     * headline chosen differs from the {@code <title>}: a title without a site name has no such part, and
     * where it adds to the whole headline, no part of that headline is one.
     */
    static Optional<String> siteNameIn(String pageTitle, String headline) {
        if (pageTitle == null || headline == null || pageTitle.trim().equalsIgnoreCase(headline.trim())) {
            return Optional.empty();
        }
        String[] parts = SEPARATOR.split(pageTitle.trim());
        if (parts.length < 2) {
            return Optional.empty();
        }
        String longest = longest(parts);
        String name = (parts[parts.length - 1] != longest ? parts[parts.length - 1] : parts[0]).trim();
        String said = PlainText.comparable(headline);
        String whole = PlainText.comparable(pageTitle);
        // the title adds to the whole headline, so the site is in what it adds ("Headline - with dash > Site", a mark not
        // known here), never in a part of the headline that its own " - " parted
        boolean addsToHeadline = whole.length() > said.length() && whole.contains(said);
        return addsToHeadline && said.contains(PlainText.comparable(name)) ? Optional.empty() : Optional.of(name);
    }

    private static String longest(String[] parts) {
        String longest = parts[0];
        for (String part : parts) {
            if (part.length() > longest.length()) {
                longest = part;
            }
        }
        return longest;
    }
}
