package io.marsad.crawler.extract;

import org.jsoup.nodes.Element;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The names an element goes by: its class and id, lower-cased, without an id that only spells out its heading, and
 * without the names that hold a furniture word but name no furniture ({@link Boilerplate} judges what they name).
 */
final class ElementNames {

    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");
    /**
     * Utility classes under a condition name a style, not a part of the page: Tailwind's {@code print:article-dropcap-print}
     * around rp-online.de's second paragraph ("print" names a button elsewhere), {@code desktop:mx-0}, {@code dark:text-white}.
     */
    private static final Pattern STYLE_VARIANT = Pattern.compile("(?:^|\\s)[^\\s:]+:\\S*");
    /** Where a word written in camel case starts within a name ("Newsletter|Box"). */
    private static final Pattern CAMEL_CASE_WORD = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu}\\p{Ll})");
    /** What every name {@link #LAYOUT_MODIFIER} takes out holds. */
    private static final List<String> LAYOUT_MODIFIER_WORDS = List.of("has-", "with-", "no-", "without-", "hide-", "show-", "and-");
    /**
     * Layout modifiers name what sits beside an element, not the element: "has-sidebar", "content-with-sidebar"; so does a
     * name that joins two parts, the second beside the first ("section-and-ad" around each of refinery29.com's sections).
     */
    private static final Pattern LAYOUT_MODIFIER = Pattern.compile("(?:^|[\\s_-])(?:has|with|no|without|hide|show|and)-[\\w-]+");
    /**
     * Class names that name no furniture although they hold its words: WordPress's taxonomy classes
     * on the post itself ("tag-elections", "category-news"; tag lists are "tags", "tag-list"…) and
     * the Elementor page builder's structure ("elementor-widget-text-editor" holds the text), and a
     * live blog's commentary ("live-match-comment"), which its reporters write, and the marker Google
     * Docs leaves on text pasted from it ({@code <b id="internal-source-marker_0.308…">} around a whole
     * post on Blogger), which names no source line; and Blogger's column of posts, {@code <div
     * class="widget Blog">} (Blogger calls every part of a page a widget, the posts too), with the
     * {@code date-outer} and {@code date-posts} boxes it groups them in by day; Drupal's {@code node-promoted} on a story
     * its editors promoted to the front page, the story itself, not a promotion; and the product boxes of a buying guide
     * ({@code <div class="c-product-widget">} on PCMag's and Mashable's), each holding a product's specifications and review.
     */
    private static final Pattern NOT_FURNITURE = Pattern.compile(
        "(?:^|\\s)(?:(?:tag|category)-(?!list|cloud|links?\\b)|elementor-widget|(?:[\\w-]*-)?product-widget|widget(?=\\s+blog\\b)|date-(?:outer|posts)|node-promoted|live[\\w-]*comment|internal-source-marker"
            + "|entry-author-(?=[\\w.-]*(?:\\s+\\S+)*\\s+entry-type-))[\\w.-]*");
    /** What every name {@link #NOT_FURNITURE} takes out holds. */
    private static final List<String> NOT_FURNITURE_WORDS = List.of("tag-", "category-", "widget", "date-", "node-promoted", "live",
        "internal-source-marker", "entry-author-");

    private ElementNames() {}

    /** The element's class and id with the words written in camel case parted ("op-opinie"), or null when none is so written. */
    static String camelCaseWords(Element element) {
        String camelCase = element.className() + " " + element.id();
        return isCamelCase(camelCase) ? CAMEL_CASE_WORD.matcher(camelCase).replaceAll("-").toLowerCase(Locale.ROOT) : null;
    }

    /** A letter in lower case followed by one in upper case: a loop, as this runs on every named element. */
    private static boolean isCamelCase(String names) {
        for (int i = 1; i < names.length(); i++) {
            if (Character.isUpperCase(names.charAt(i)) && Character.isLowerCase(names.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Names without those that hold furniture words but name none: layout modifiers ("has-sidebar"), utility classes under a
     * condition ("print:…"), WordPress's taxonomy classes, Blogger's "widget Blog" around the posts.
     */
    static String withoutNonNaming(String names) {
        // each expression only where its words are: names of no element are read this way more than once a page
        if (names.indexOf(':') >= 0) {
            names = STYLE_VARIANT.matcher(names).replaceAll(" ");
        }
        if (containsAny(names, NOT_FURNITURE_WORDS)) {
            names = NOT_FURNITURE.matcher(names).replaceAll(" ");
        }
        return containsAny(names, LAYOUT_MODIFIER_WORDS) ? LAYOUT_MODIFIER.matcher(names).replaceAll(" ") : names;
    }

    private static boolean containsAny(String text, List<String> words) {
        for (String word : words) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * An element's class and id, lower-cased. A heading's id that spells out its own text is an anchor for a table of
     * contents, not a name: "how-every-page-database-and-comment-finds-its-place" names no comments. So is the id of a
     * section that spells out the heading it opens with (Sphinx's {@code <div class="section" id="sharing-with-a-single-developer">}).
     */
    static String of(Element element) {
        String id = element.id();
        if (!id.isEmpty() && spellsOutItsHeading(element, id)) {
            id = "";
        }
        return (element.className() + " " + id).toLowerCase(Locale.ROOT);
    }

    private static boolean spellsOutItsHeading(Element element, String id) {
        if (Boilerplate.HEADINGS.contains(element.normalName())) {
            return slug(id).equals(slug(element.text()));
        }
        Element heading = element.firstElementChild();
        if (heading == null || !Boilerplate.HEADINGS.contains(heading.normalName())) {
            return false;
        }
        String slug = slug(id);
        return slug.split(" ").length >= MIN_SECTION_SLUG_WORDS && slug.equals(slug(heading.text()));
    }

    /** A section's id of fewer words may be a name its heading shares: {@code <div id="comments"><h2>Comments</h2>}. */
    private static final int MIN_SECTION_SLUG_WORDS = 4;

    private static String slug(String text) {
        return NOT_LETTERS.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }
}
