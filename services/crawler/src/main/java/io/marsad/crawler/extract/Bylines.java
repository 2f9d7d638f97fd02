package io.marsad.crawler.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The authors a page's markup names in its byline, for pages whose metadata names none: the author links and
 * microformats blog themes write ({@code rel=author}, {@code itemprop=author}, hCard's {@code author vcard} and
 * {@code fn}, a link to the author's archive under {@code /author/}). Names in comments, side columns and teasers of
 * other stories are no byline of the story, so only the first byline's block counts.
 */
final class Bylines {

    private static final String MARKED_AUTHORS =
        "[rel~=(?i)(^|\\s)author(\\s|$)], [itemprop~=(^|\\s)author(\\s|$)], .author .fn, .vcard.author, .byline .author";
    private static final Evaluator MARKED_AUTHOR = QueryParser.parse(MARKED_AUTHORS);
    /** An element a theme names after the byline ("author-name", "byline-name", "news-list-author"). */
    private static final String NAMED_AUTHORS = "[class~=(?i)(^|[\\s_-])(author|autor|autorin|auteur|byline|writer)(name)?([\\s_-]|$)]";
    private static final Evaluator NAMED_AUTHOR = QueryParser.parse(NAMED_AUTHORS);
    /** A heading over an author box ("About the author") is no name. */
    private static final Pattern NAMES_THE_ROLE = Pattern.compile("(?i)\\b(?:author|autor|autorin|auteur|byline|writer)\\b");
    /** A link to an author's archive ("/author/jane-doe/"), which WordPress and many CMSs put in the byline. */
    private static final Pattern AUTHOR_ARCHIVE = Pattern.compile("/(?:author|autor|autoren|auteur|autore)/[^/?#]+/?(?:[?#].*)?$");
    private static final Evaluator STORY = QueryParser.parse(Boilerplate.ARTICLE_CONTAINERS + ", .hentry, .h-entry");
    private static final Evaluator NAME_INSIDE = QueryParser.parse(".fn, [itemprop=name]");
    /**
     * What holds no byline of the page's story: readers' comments, side columns, lists of other stories, the credits
     * of pictures and videos ("By U.S. Customs and Border Protection") and figures' captions. Not footers:
     * blog themes write the byline into the post's own {@code <footer class="entry-meta">}.
     */
    private static final NameWords ELSEWHERE = NameWords.of(
        CommentSection.COMMENT_NAMES + "|sidebar|widgets?|related\\w*|recommend\\w*|teasers?|respond|credits?");
    /** Words before a name: "By", "Von", "Zeige alle Beiträge von", "Posted by", "Interview:". */
    private static final Pattern LEAD_WORDS = Pattern.compile(
        "^(?:(?:(?:zeige )?alle (?:beiträge|artikel) von|(?:view all |more )?(?:posts|articles|stories) (?:by|of)|show all articles of"
            + "|(?:posted|written|published|recipe|story|words|photos?|text|article) by|(?:posted|published|updated) (?:on|in)"
            + "|(?:erstellt|veröffentlicht|geschrieben|verfasst|artikel|beitrag|ein beitrag) von|veröffentlicht am"
            + "|by|von|par|por|di|da|door|av|af|przez|автор|от|بقلم|كتب|كتبت|[\\p{L} ]{1,20}:)(?:\\s+|$))+",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "By" run into the name when the page sets it apart by markup alone ({@code <span>By</span><a>Travis Haney</a>}). */
    private static final Pattern GLUED_BY = Pattern.compile("^By(?=\\p{Lu}\\p{Ll})");
    /** Marks a byline puts around a name ("Ariel H -", "• Chris Toy"). */
    private static final Pattern EDGE_MARKS = Pattern.compile("^[\\s\\p{Pd}|•·,:/]+|[\\s\\p{Pd}|•·,:/]+$");
    private static final int MIN_NAME_LETTERS = 2;
    /** A name as bylines write it: capitalised words, with particles between them, or Arabic words. */
    private static final String NAME = "(\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:(?:de|da|del|der|den|van|von|la|le|bin|ibn|el|al)\\s+)*\\p{Lu}[\\p{L}'’.-]*){1,3}"
        + "|\\p{IsArabic}+(?:\\s+\\p{IsArabic}+){1,3})";
    private static final Pattern PERSON_NAME = Pattern.compile(NAME);
    private static final Pattern ORGANISATION_WORDS = Pattern.compile("(?iu)^the\\s|\\b(?:team|staff|news|newsroom|official|magazine?|media|"
        + "redaktion|redacción|redação|rédaction|redazione|editorial|editors|desk|blog|store|shop|group|inc|ltd|llc|gmbh|online|network|times|daily|"
        + "press|journal|agency|agentur|corporation|corp|company|foundation|institute|university|association|stiftung|verein)\\b");
    /** "By", "Von", a post's own words before them ("Blog Beitrag von"); not a photo's or a site's credit ("Photo by", "Powered by"). */
    private static final String LEAD = "(?iu:(?:(?:blog\\s+)?(?:beitrag|artikel|post|article|story|text)\\s+|(?:posted|written|geschrieben|verfasst|erstellt|veröffentlicht)\\s+)?"
        + "(?:von|by|par|por|door|przez)|(?:autor|autorin|auteur|author|text|texte)\\s*:|بقلم\\s*:?|كتب\\s*:?)";
    private static final Pattern LINE_LEAD = Pattern.compile(LEAD + "(?:[\\s\\u00a0]|$)");
    /** A label that only says an author's name follows ("Written by", "Verfasst von", "Author:", "المؤلف"), in the languages Marsad reads. */
    private static final Pattern LABEL_ALONE = Pattern.compile(
        "[\\s\\u00a0]*(?iu:(?:written|posted|geschrieben|verfasst|escrito|écrit|scritto|geschreven|napisane)\\s+(?:by|von|por|par|da|door|przez)"
            + "|author|autor|autorin|auteur|autore|автор|المؤلف|الكاتب)[\\s\\u00a0]*:?[\\s\\u00a0]*");
    /** The longest label, "geschrieben von:", without its spaces. */
    private static final int MAX_LABEL = 16;
    /** The letters {@link #LABEL_ALONE}'s words open with. */
    private static final String LABEL_INITIALS = "wpgvesnaéаا";
    private static final Pattern TEXT_BYLINE = Pattern.compile(
        LEAD + "\\s+" + NAME + "(?:\\s+(?iu:und|and|et|y|e|i|&)\\s+" + NAME + ")?(?:\\s*[,(|–—-].*)?\\.?");
    /** Longer than this, a block is text, not a byline line. */
    private static final int MAX_LINE = 120;
    private static final int MAX_NAME_LENGTH = 60;
    private static final int MAX_NAME_WORDS = 6;
    /** How far up from the first byline other names still belong to it ("Anna Muster and Jan Beispiel"). */
    private static final int BYLINE_BLOCK_DEPTH = 3;

    private Bylines() {}

    /**
     * The names of the page's first byline. Of nested byline markup the innermost element that holds a name counts
     * ("Liz Kenny" in a box that also says "Former McKinsey Consultant"); co-authors are marked up as the first one is.
     */
    static List<String> in(Document document) {
        Map<Element, String> named = new LinkedHashMap<>();
        for (Element element : candidates(document)) {
            String name = isElsewhere(element) ? null : nameIn(element);
            if (name != null) {
                named.put(element, name);
            }
        }
        Set<Element> holdingOthers = Collections.newSetFromMap(new IdentityHashMap<>());
        named.keySet().forEach(element -> holdingOthers.addAll(element.parents()));
        List<String> names = new ArrayList<>();
        Element first = null;
        Element block = null;
        for (Map.Entry<Element, String> candidate : named.entrySet()) {
            Element element = candidate.getKey();
            if (holdingOthers.contains(element) || first != null && (!element.parents().contains(block) || !markedUpAlike(element, first))) {
                continue;
            }
            if (first == null) {
                first = element;
                block = blockOf(element);
            }
            if (names.stream().noneMatch(candidate.getValue()::equalsIgnoreCase)) {
                names.add(candidate.getValue());
            }
        }
        return first == null ? names : withNamesMarkedAlike(first, names);
    }

    /**
     * The byline's names with those of the elements beside the first one found that carry its tag and {@code itemprop}:
     * nytimes.com marks each author {@code <span itemprop="name">} and only the last one {@code class="last-byline"}, so
     * its markup alone named the last of four authors.
     */
    private static List<String> withNamesMarkedAlike(Element first, List<String> names) {
        String itemprop = first.attr("itemprop");
        if (itemprop.isEmpty() || first.parent() == null) {
            return names;
        }
        List<String> alike = new ArrayList<>();
        for (Element sibling : first.parent().children()) {
            String name = sibling.normalName().equals(first.normalName()) && sibling.attr("itemprop").equals(itemprop) ? nameIn(sibling) : null;
            if (name != null && alike.stream().noneMatch(name::equalsIgnoreCase)) {
                alike.add(name);
            }
        }
        names.stream().filter(name -> alike.stream().noneMatch(name::equalsIgnoreCase)).forEach(alike::add);
        return alike;
    }

    /**
     * The names of a byline the page writes as a line of text, with no markup to tell it ("Von Anna Muster",
     * "Autorin: Uta Staschewski, Projektleiterin …", "Blog Beitrag von …", "بقلم …"): the first such line, outside
     * comments and side columns, that holds nothing but the lead words and one or two names.
     */
    static List<String> inText(Document document) {
        List<String> names = new ArrayList<>();
        document.body().traverse((node, depth) -> {
            if (names.isEmpty() && node instanceof TextNode text && isAuthorLabel(text.getWholeText())) {
                // "Written by" or "Author" as a line of its own, the name in the next one
                Element label = text.parent() instanceof Element parent ? parent : null;
                Element next = label == null || TextSize.exceeds(label, MAX_LINE) ? null : label.nextElementSibling();
                if (next != null && !isElsewhere(label) && next.text().length() <= MAX_NAME_LENGTH && isPersonName(next.text())) {
                    names.add(next.text().strip());
                }
            }
            if (names.isEmpty() && node instanceof TextNode text && mayLeadALine(text.getWholeText())) {
                Element line = text.parent() instanceof Element parent ? parent : null;
                if (line != null && line.tag().isInline() && line.parent() != null && !TextSize.exceeds(line.parent(), MAX_LINE)) {
                    line = line.parent(); // "<p><strong>Text:</strong> Klausmartin Friedrich</p>"
                }
                if (line != null && !TextSize.exceeds(line, MAX_LINE) && !isElsewhere(line)) {
                    Matcher byline = TEXT_BYLINE.matcher(spacedAfter(text.getWholeText().strip(), PlainText.clean(line.text())));
                    if (byline.matches()) {
                        names.add(byline.group(1));
                        if (byline.group(2) != null) {
                            names.add(byline.group(2));
                        }
                    }
                }
            }
        });
        return names;
    }

    /** Whether a text only labels the author's name that goes with it, as a line or as the label of a link preview. */
    static boolean isAuthorLabel(String text) {
        return mayBeLabel(text) && LABEL_ALONE.matcher(text).matches();
    }

    /**
     * Whether a text is short enough for a label and opens with a letter one opens with: checked in a loop first, as
     * this is asked of every text of the page until a byline is found.
     */
    private static boolean mayBeLabel(String text) {
        int visible = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                continue;
            }
            if (visible == 0 && LABEL_INITIALS.indexOf(Character.toLowerCase(c)) < 0 || ++visible > MAX_LABEL) {
                return false;
            }
        }
        return visible > 0; // most texts between tags are white space only
    }

    /**
     * Whether a whole text is written as a person's name: two to four capitalised words, or Arabic words, none of them
     * a word organisations name themselves with ("Clemson News", "Automateed Team", "The Minimalists").
     */
    static boolean isPersonName(String text) {
        return PERSON_NAME.matcher(text.strip()).matches() && !ORGANISATION_WORDS.matcher(text).find();
    }

    /**
     * The line's text with a space after its lead words when they stand in an element of their own: abc13.com writes
     * {@code <span>By</span><span><a>Alex Bozarjian</a></span>}, spaced by its style, which reads "ByAlex Bozarjian".
     */
    private static String spacedAfter(String lead, String line) {
        return !lead.isEmpty() && line.length() > lead.length() && line.startsWith(lead) && Character.isLetter(line.charAt(lead.length()))
            && LINE_LEAD.matcher(lead + " ").matches() ? lead + " " + line.substring(lead.length()) : line;
    }

    /**
     * The elements byline markup may mark, in document order. Most elements carry none of its words, and a look at
     * their attributes' text rules them out before the selector's patterns run (this runs on every page without an author).
     */
    private static List<Element> candidates(Document document) {
        List<Element> candidates = new ArrayList<>();
        document.body().traverse((node, depth) -> {
            if (node instanceof Element element && element.attributesSize() > 0 && mayBeMarked(element)
                && (element.is(MARKED_AUTHOR) || element.is(NAMED_AUTHOR) || element.nameIs("a") && AUTHOR_ARCHIVE.matcher(element.attr("href")).find())) {
                candidates.add(element);
            }
        });
        return candidates;
    }

    private static boolean mayBeMarked(Element element) {
        String names = element.className().toLowerCase(Locale.ROOT);
        return names.contains("aut") || names.contains("byline") || names.contains("writer") || names.contains("fn")
            || element.attr("rel").toLowerCase(Locale.ROOT).contains("author") || element.attr("itemprop").contains("author")
            || element.nameIs("a") && element.attr("href").contains("/aut");
    }

    /** Whether a text may open a byline line: short, and its first letters are the lead words' (checked without a pattern first). */
    private static boolean mayLeadALine(String text) {
        if (text.length() > MAX_LINE) {
            return false;
        }
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        return start < text.length() && Character.isLetter(text.charAt(start)) && LINE_LEAD.matcher(text).region(start, text.length()).lookingAt();
    }

    private static boolean markedUpAlike(Element one, Element other) {
        return one.normalName().equals(other.normalName()) && one.className().equals(other.className())
            && one.attr("rel").equals(other.attr("rel")) && one.attr("itemprop").equals(other.attr("itemprop"));
    }

    private static String nameIn(Element element) {
        Element named = element.selectFirst(NAME_INSIDE);
        String text = PlainText.clean((named != null ? named : element).text());
        String linked = named == null ? linkedName(element, text) : null;
        if (linked != null) {
            return linked;
        }
        text = EDGE_MARKS.matcher(LEAD_WORDS.matcher(EDGE_MARKS.matcher(text).replaceAll("")).replaceFirst("")).replaceAll("");
        text = GLUED_BY.matcher(text).replaceFirst("");
        if (text.codePoints().filter(Character::isLetter).count() < MIN_NAME_LETTERS || text.length() > MAX_NAME_LENGTH
            || text.split("\\s+").length > MAX_NAME_WORDS
            || text.chars().anyMatch(Character::isDigit) || text.contains("@") || text.toLowerCase(Locale.ROOT).contains("http")
            || NAMES_THE_ROLE.matcher(text).find()) {
            return null;
        }
        return text;
    }

    /**
     * The name a byline line links first, when the line says more than the name: "Written by <a>Michael Larabel</a> in
     * <a>Valve</a> on 1 June 2019 at 08:34 AM EDT" (phoronix.com). Only a line that opens with lead words and then the link.
     */
    private static String linkedName(Element element, String text) {
        Element link = element.selectFirst(Selectors.LINKS);
        if (link == null || text.length() <= MAX_NAME_LENGTH && !text.chars().anyMatch(Character::isDigit)) {
            return null;
        }
        String name = PlainText.clean(link.text());
        Matcher lead = LEAD_WORDS.matcher(text);
        return lead.lookingAt() && lead.end() > 0 && text.startsWith(name, lead.end()) && isPersonName(name) ? name : null;
    }

    static boolean isElsewhere(Element element) {
        // up to the story that holds it: what holds the story is named after its layout ("content-sidebar-wrap"), and
        // WordPress names the <body> after the post's state ("comments-open")
        for (Element e = element; e != null && !e.nameIs("body"); e = e.parent()) {
            if (e.nameIs("aside") || e.nameIs("nav") || e.nameIs("figure") || e.nameIs("figcaption")
                || ELSEWHERE.in(Boilerplate.namingWords(e))) {
                return true;
            }
            if (e.is(STORY)) {
                return false;
            }
        }
        return false;
    }

    private static Element blockOf(Element element) {
        Element block = element;
        for (int i = 0; i < BYLINE_BLOCK_DEPTH && block.parent() != null && !block.parent().nameIs("body"); i++) {
            block = block.parent();
        }
        return block;
    }
}
