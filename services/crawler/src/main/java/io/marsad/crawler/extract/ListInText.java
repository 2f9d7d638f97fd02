package io.marsad.crawler.extract;

import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A list of links that is part of the article's text, not a box of more stories:
 * <ul>
 *   <li>one the article's own sentence announces ("Here are some of the courses Google offers:"): its
 *   items are the text the writer promised. A box of more stories has a label ("Read more:", "اقرأ
 *   أيضاً:", "Related coverage:"), or a sentence that sends the reader on ("You may also be interested
 *   in the following articles:");</li>
 *   <li>an item among items written in prose (a weekly report's points, a few of which are only a
 *   link to what they name): a box of more stories is links throughout.</li>
 * </ul>
 */
final class ListInText {

    /** Fewer words than this before the colon is a label. */
    private static final int MIN_INTRODUCTION_WORDS = 5;
    /** Longer than this, a paragraph ending in a colon is more than an introduction (a quote's lead-in). */
    private static final int MAX_INTRODUCTION = 600;

    /** How far along its list an item looks for a neighbour written in prose. */
    private static final int NEIGHBOURS = 4;
    private static final int MIN_PROSE_ITEM = 80;

    /**
     * What a sentence sending the reader to more of the site's pages says, each group of forms tried only where its own word
     * stands: tried whole from every position of every label and list's introduction, the forms cost a few per cent.
     */
    private static final WordedPattern SENDS_READER_ON = WordedPattern.ofGroups(Integer.MAX_VALUE,
        words("you", "you\\s+(?:may|might|could|will)\\s+(?:also\\s+)?(?:like|enjoy|love|be\\s+interested)"),
        words("also", "also\\s+(?:like|enjoy|read|see)"),
        words("further", "further\\s+reading"),
        words("read", "read\\s+more"),
        // Portuguese and Spanish "read more", "find out more": the labels of Brazilian and Spanish-language sites' boxes of stories
        words(List.of("leia", "saiba", "lea", "lee"), "leia\\s+mais|saiba\\s+mais|lea\\s+(?:más|también)|lee\\s+más"),
        words("more", "more\\s+(?:news|stories)"),
        words(List.of("related", "recommended"), "related|recommended"),
        words("check", "check\\s+out\\s+these"),
        // the site's latest stories, headed so under the article (kapital-rus.ru's "Последние публикации на сайте")
        words(List.of("latest", "последние", "свежие", "najnowsze", "neueste", "aktuelle", "derniers", "dernières", "últimas", "ultime"),
            "latest\\s+(?:news|stories|articles|posts|headlines)|(?:последние|свежие)\\s+(?:новости|публикации|статьи|материалы|записи)"
            + "|najnowsze\\s+(?:wiadomości|artykuły|informacje|wpisy)|(?:neueste|aktuelle)\\s+(?:artikel|nachrichten|beiträge|meldungen)"
            + "|derniers\\s+articles|dernières\\s+(?:nouvelles|actualités|infos)|últimas\\s+(?:noticias|notícias)|ultime\\s+notizie"),
        words("following", "following\\s+(?:articles|posts|pages|stories|reports|links|reads|guides)"),
        words(List.of("auch", "leggi", "potrebbe", "ook", "också", "også", "myös", "ilginizi", "thema", "weiterlesen", "aussi", "aimerez",
                "intéresser", "interesar", "también", "também", "interessar", "также", "czytaj", "zobacz"),
            "auch\\s+interessant|auch\\s+interessieren|lesen\\s+sie\\s+auch|leggi\\s+anche|potrebbe\\s+interessarti|ti\\s+potrebbe\\s+interessare"
            + "|lees\\s+ook|ook\\s+interessant|läs\\s+också|(?:les|læs|se)\\s+også|lue\\s+myös|ilginizi\\s+çekebilir|mehr\\s+zum\\s+thema"
            + "|(?:zum\\s+)?weiterlesen|lire\\s+aussi|vous\\s+aimerez|pourrait\\s+vous\\s+intéresser"
            + "|te\\s+puede\\s+interesar|lee\\s+también|leia\\s+também|pode\\s+interessar|читайте\\s+также|вам\\s+также"
            + "|(?:prze)?czytaj\\s+(?:więcej|też|także|również)|czytaj\\s+w\\s+\\S+|zobacz\\s+(?:też|także|również)"),
        // labels of a list of the site's stories on the same subject: Russian, Portuguese, Spanish, French, Greek, Turkish,
        // Italian (and Chinese below)
        words(List.of("теме", "похожие", "relacionad", "sujet", "διαβάστε", "σχετικ", "ilgili", "correlat", "también", "também", "aussi"),
            "(?:ссылки|новости|статьи|материалы|ещё|еще)\\s+по\\s+теме|похожие\\s+(?:новости|статьи|материалы)"
            + "|veja\\s+também|(?:notícias|matérias|artigos|conteúdos?)\\s+relacionad[oa]s|(?:noticias|artículos|contenidos?)\\s+relacionad[oa]s"
            + "|ver\\s+también|voir\\s+aussi|sur\\s+le\\s+même\\s+sujet|διαβάστε\\s+(?:επίσης|ακόμη|ακόμα)"
            + "|σχετικά\\s+άρθρα|ilgili\\s+haberler|articoli\\s+correlati|notizie\\s+correlate"),
        WordedPattern.group(List.of("اقرأ", "يهمك", "صلة", "بخوانید", "مرتبط", "پڑھیں", "خبریں", "相关", "相關", "延伸"),
            "اقرأ\\s+أيض|قد\\s+يهمك|ذات\\s+صلة|بیشتر\\s+بخوانید|همچنین\\s+بخوانید|مطالب\\s+مرتبط"
            + "|یہ\\s+بھی\\s+پڑھیں|مزید\\s+پڑھیں|متعلقہ\\s+خبریں|مزید\\s+خبریں|相关(?:新闻|阅读|文章|链接|报道)|相關(?:新聞|閱讀|文章)|延伸阅读|延伸閱讀"));

    private ListInText() {}

    /** Forms of words, whole words each ({@code \\b} either side), tried where one of {@code words} stands. */
    private static WordedPattern.Group words(List<String> words, String forms) {
        return WordedPattern.group(words, "\\b(?:" + forms + ")\\b");
    }

    private static WordedPattern.Group words(String word, String forms) {
        return words(List.of(word), forms);
    }

    /** Whether the text sends the reader to more of the site's pages ("Read also", "اقرأ أيضاً", "یہ بھی پڑھیں"). */
    static boolean sendsReaderOn(String text) {
        return SENDS_READER_ON.findIn(text);
    }

    /** Whether the element is such a list, or an item of one. */
    static boolean holds(Element element) {
        if (element.normalName().equals("li")) {
            Element list = element.parent();
            return list != null && (isAnnounced(list) || besideProse(element) || namesThingsElsewhere(list));
        }
        return isAnnounced(element) || namesThingsElsewhere(element);
    }

    /** Longer than this, a link's text is a headline, not the name of a thing. */
    private static final int MAX_NAME = 50;

    /**
     * A list whose every link is a short name on another site (a product in its shop, a study in its journal, a tool's
     * page): the article recommends or cites what it names. A box of more stories links headlines on the site itself; a row
     * of share or follow buttons, the networks, goes as an invitation ({@link FollowInvitation}).
     */
    private static boolean namesThingsElsewhere(Element list) {
        if (!list.nameIs("ul") && !list.nameIs("ol")) {
            return false;
        }
        String site = siteOf(list.baseUri());
        Elements links = Selectors.select(list, Selectors.LINKS);
        if (site == null || links.isEmpty() || isLabelledAsSources(list)) {
            return false;
        }
        for (Element link : links) {
            String name = link.text();
            String address = link.absUrl("href");
            String host = address.isEmpty() ? null : siteOf(address);
            if (name.isBlank() || name.length() > MAX_NAME || host == null || sameSite(host, site)) {
                return false;
            }
        }
        return true;
    }

    /** A label that names the list as the article's sources ("References", "Sources for …", "Further reading"). */
    private static final Pattern SOURCES_LABEL = Pattern.compile(
        "^(?:references?|sources?|resources|bibliography|citations?|further\\s+reading|useful\\s+links)\\b", Pattern.CASE_INSENSITIVE);
    private static final int MAX_LABEL = 80;

    /** The apparatus after the text, not its body, like a paper's reference list. */
    private static boolean isLabelledAsSources(Element list) {
        Element label = list.previousElementSibling();
        if (label == null) {
            return false;
        }
        String text = label.text().strip();
        return text.length() <= MAX_LABEL && SOURCES_LABEL.matcher(text).find();
    }

    /** The address's host without "www." or "m." (the same site's mobile pages), or null if it names none. */
    private static String siteOf(String url) {
        return SiteNames.host(url).map(SiteNames::site).orElse(null);
    }

    /** One host, or one a subdomain of the other's ("edition.cnn.com", "cnn.com"). */
    private static boolean sameSite(String host, String site) {
        return host.equals(site) || host.endsWith("." + site) || site.endsWith("." + host);
    }

    /** An item among items of prose is a point of the text, however much of it links. */
    private static boolean besideProse(Element item) {
        Element before = item.previousElementSibling();
        Element after = item.nextElementSibling();
        for (int i = 0; i < NEIGHBOURS && (before != null || after != null); i++) {
            if (isProse(before) || isProse(after)) {
                return true;
            }
            before = before == null ? null : before.previousElementSibling();
            after = after == null ? null : after.nextElementSibling();
        }
        return false;
    }

    private static boolean isProse(Element item) {
        if (item == null) {
            return false;
        }
        String text = item.text();
        return text.length() >= MIN_PROSE_ITEM && LinkDensity.of(item, text.length()) < 0.5;
    }

    private static boolean isAnnounced(Element list) {
        if (!list.nameIs("ul") && !list.nameIs("ol")) {
            return false;
        }
        Element introduction = list.previousElementSibling();
        if (introduction == null || !introduction.nameIs("p")) {
            return false;
        }
        String text = introduction.text().strip();
        if (text.isEmpty() || text.length() > MAX_INTRODUCTION) {
            return false;
        }
        return endsInColon(text) && words(text) >= MIN_INTRODUCTION_WORDS
            && LinkDensity.of(introduction, text.length()) < 0.5 && !SENDS_READER_ON.findIn(text);
    }

    /** A label written as a line of its own: a few words and a colon ("Ссылки по теме:", "Related links:", "相关新闻："). */
    static boolean isColonLabel(String text) {
        return !text.isEmpty() && endsInColon(text) && words(text) < MIN_INTRODUCTION_WORDS;
    }

    static boolean endsInColon(String text) {
        char last = text.charAt(text.length() - 1);
        return last == ':' || last == '\uFF1A';
    }

    private static int words(String text) {
        return text.split("\\s+").length;
    }
}
