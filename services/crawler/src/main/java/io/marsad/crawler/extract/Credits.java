package io.marsad.crawler.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lines that credit rather than tell: a site's copyright notice and the legal text it opens, a picture's credit, the
 * source of the text or a chart, a caption known by the credit it ends with, where the story ran in print, whom in the
 * newsroom to write to. None is the article's, wherever it stands.
 */
final class Credits {

    /**
     * A site's copyright notice ("© 2022 Example News", "Copyright ⓒ Entermedia.co.kr", "All rights reserved."),
     * which pages write at the end of the article as well as in the footer, or a picture's credit
     * left beside its caption ("… | © Getty Images"). Only a notice's own forms: a paragraph that
     * merely begins with the word "Copyright" may be about copyright; the sign itself is no word of a sentence.
     */
    private static final int MAX_NOTICE = 300;
    /** Tried on every paragraph that votes; the words let most of them by without the pattern's scan. */
    private static final WordedPattern COPYRIGHT_NOTICE = WordedPattern.ofGroups(MAX_NOTICE,
        notice(List.of("©", "\u24d2", "\u24b8"), "[©\u24d2\u24b8]"),
        notice(List.of("copy", "(c)"), "^(?:copy(?:right|left)\\s*(?:\\(c\\)|\\d{4}|by\\b)|\\(c\\)\\s*\\d{4})"),
        // Korea's, Japan's and China's "no copying or redistributing without leave" ("무단전재 및 재배포 금지", "無断転載を禁じます",
        // "未经授权禁止转载"), which their news sites print under every story where others print "All rights reserved"
        notice(List.of("무단", "재배포", "無断", "转载", "轉載", "版权所有", "版權所有"), "무단\\s*(?:전재|복제|배포)|재배포\\s*금지|無断(?:で)?(?:転載|複製)"
            + "|(?:禁止|严禁|嚴禁|不得)(?:转载|轉載)|版[权權]所有(?![者人权權])"),
        notice(List.of("rights reserved", "rechte", "droits", "derechos", "права", "حقوق"), "all rights reserved|alle rechte vorbehalten"
            + "|tous droits réservés|todos los derechos reservados|все права защищены|جميع الحقوق محفوظة|کلیه حقوق"));
    /**
     * A picture's credit left as a line of its own when its caption box went ("Titelbild: Geyres
     * Christophe/ABACA", "Photo: Reuters", "صورة: أرشيفية"): the label, then a name or an agency.
     */
    private static final String CREDIT_LABELS = "(?:photo|photos|picture|image|foto|fotos|bild|bilder|bildrechte|titelbild|titelfoto|aufmacherbild"
        + "|crédit\\s+photo|photo\\s+credit|image\\s+credit|фото|صورة|الصورة|عکس)";
    private static final Pattern PICTURE_CREDIT = Pattern.compile(
        "^(?:title\\s+)?" + CREDIT_LABELS + "\\s*(?::|©|\\|)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int MAX_CREDIT = 150;
    /**
     * A line naming where the text or a chart came from ("Source: Environment Canada", "Źródło: Super Express", "Πηγή: e-diet.gr",
     * "Dzięki uprzejmości: PAP - Nauka w Polsce"): a credit, as a picture's is. Only a name follows the label; a label alone may
     * open a list of sources the writer gives.
     */
    private static final Pattern SOURCE_CREDIT = Pattern.compile(
        "^(?:sources?|quellen?|źródł[oa]|πηγ(?:ή|ές)|источники?|fuentes?|fontes?|来源|來源|出处|المصدر|منبع|courtesy|dzięki\\s+uprzejmości)\\s*[:：]\\s*(?:[^.!?。]|\\.(?=\\S)){2,60}$",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * A caption left as a paragraph, known by the credit it ends with ("Viele Hände arbeiten in einer Schlachthalle.
     * Bildrechte: MDR/David Straub"): a sentence of the text does not end by crediting a picture.
     */
    private static final Pattern CAPTION_ENDING_WITH_CREDIT = Pattern.compile(
        "[.!?)»“\"]\\s+" + CREDIT_LABELS + "\\s*:\\s*[^.!?:]{2,60}$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int MAX_CAPTION = 300;
    /**
     * Where the story ran in print ("A version of this article appears in print on Nov. 6, 2012, on page D5 of the New York
     * edition with the headline: …", The Wall Street Journal's "Appeared in the January 5, 2024, print edition as '…'", The
     * Economist's "This article appeared in the Finance section of the print edition under the headline …"): the paper's
     * record of the page, not the story.
     */
    private static final Pattern PRINT_EDITION = Pattern.compile(
        "^(?:a\\s+version\\s+of\\s+this\\s+(?:article|story|review|column|essay|op-ed|interview)\\s+appear(?:s|ed)\\b.*\\b(?:in\\s+print|on\\s+page|edition)\\b"
            + "|appeared\\s+in\\s+the\\s+.{1,40}\\s+print\\s+edition\\b"
            + "|this\\s+article\\s+appeared\\s+in\\s+the\\s+.{1,60}\\s+of\\s+the\\s+print\\s+edition\\b"
            + "|this\\s+(?:article|story)\\s+(?:was\\s+)?(?:originally\\s+|first\\s+)?(?:published|appeared|ran)\\s+(?:on\\s+page|in\\s+(?:the\\s+)?print)\\b)",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int MAX_PRINT_EDITION = 400;
    /**
     * Whom to write to about the story (Bloomberg's "To contact the reporter on this story: Heather Smith in Paris at …"):
     * the newsroom's address book, as a credit is.
     */
    private static final Pattern CONTACT_LINE = Pattern.compile(
        "^to\\s+contact\\s+the\\s+(?:reporters?|writers?|editors?|authors?)\\b[^:]{0,60}:", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int MAX_CONTACT_LINE = 250;
    /**
     * How to reach the writer, given with a mail address: "Tameka Kee can be reached at tameka@mediapost.com",
     * "Write to Nick Wingfield at nick.wingfield@wsj.com", "— Contact Star columnist David Lassen at dlassen@…", "… Write to
     * him at jlitke@ap.org". A story's own "the hotline can be reached at 1-800-273-8255" gives no address, and stays.
     */
    private static final Pattern REACH_THE_WRITER = Pattern.compile(
        "\\b(?:can|may)\\s+be\\s+(?:reached|contacted)\\s+(?:at|by|via|on)\\b"
            + "|^[—–-]?\\s*(?:write\\s+to|contact|e-?mail|reach)\\s+(?!us\\b|me\\b)[^.!?]{1,60}?\\s+at\\s+[\\w.+-]+@"
            + "|\\bwrite\\s+to\\s+(?:him|her|them)\\s+at\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MAIL_ADDRESS = Pattern.compile("[\\w.+-]+@[\\w-]+\\.\\w");

    private Credits() {}

    /** A group of a notice's forms, matched in any case (the words and letters of a notice, not of classes of them). */
    private static WordedPattern.Group notice(List<String> words, String forms) {
        return new WordedPattern.Group(words, Pattern.compile(forms, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    /** Whether a text is a copyright notice or a picture's credit: a line that is never the article's. */
    static boolean isCopyrightNotice(String text) {
        return COPYRIGHT_NOTICE.findIn(text) && !isCreditClosingProse(text);
    }

    /** A site's notice names its owner and the sign in its first line; an article's first line is the story's. */
    private static final int NOTICE_OPENING = 120;

    /**
     * A footer's legal text, longer than a notice, that opens with one ("© 2012 IBNLive.com India. All Rights Reserved. A
     * Web18 Venture …", "Владелец и правообладатель проекта «NR2.Ru»: © News Agency …"): the owners, the media licence, the
     * terms for quoting, in clauses parted by many commas, so it outvoted a short story. A picture's credit opening a text
     * ("Photo: © Reuters") is the story's.
     */
    static boolean opensWithNotice(String text) {
        if (text.length() <= MAX_NOTICE) {
            return false;
        }
        String opening = text.substring(0, NOTICE_OPENING);
        return isCopyrightNotice(opening) && !PICTURE_CREDIT.matcher(opening).find();
    }

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’)]?\\s+\\p{Lu}");
    private static final int MIN_PROSE_BEFORE_CREDIT = 100;
    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d\\d\\b");

    /**
     * Two sentences, then a sign and a name: the credit a blogger closes a short post with ("… Mind...blown. Artwork and
     * photos © DiegoKoi"). A notice a site writes after sentences of its own names the year ("… external sites. Copyright
     * © 2012 ABC News"), or a notice's other words ("All rights reserved").
     */
    private static boolean isCreditClosingProse(String text) {
        int sign = text.indexOf('©');
        if (sign < MIN_PROSE_BEFORE_CREDIT || YEAR.matcher(text).find(sign) || text.toLowerCase(Locale.ROOT).contains("copyright")
            || COPYRIGHT_NOTICE.findIn(text.replace("©", ""))) {
            return false;
        }
        Matcher ends = SENTENCE_END.matcher(text).region(0, sign);
        return ends.find() && ends.find();
    }

    /** A picture's credit left as a line of its own ("Photo: Reuters", "Titelbild: Geyres Christophe/ABACA"). */
    static boolean isPictureCredit(String text) {
        return text.length() <= MAX_CREDIT && PICTURE_CREDIT.matcher(text).find();
    }

    /** A line naming where the text or a chart came from ("Source: Environment Canada"). */
    static boolean isSourceCredit(String text) {
        return SOURCE_CREDIT.matcher(text).matches();
    }

    /** A line telling where the story ran in print, and under which headline. */
    static boolean isPrintEditionNote(String text) {
        return text.length() <= MAX_PRINT_EDITION && PRINT_EDITION.matcher(text).find();
    }

    /** A line telling whom in the newsroom to write to about the story. */
    static boolean isContactLine(String text) {
        return text.length() <= MAX_CONTACT_LINE && (CONTACT_LINE.matcher(text).find()
            || text.indexOf('@') > 0 && MAIL_ADDRESS.matcher(text).find() && REACH_THE_WRITER.matcher(text).find());
    }

    /** A caption left as a paragraph, known by the picture's credit it ends with. */
    static boolean isCaptionEndingWithCredit(String text) {
        // the credit's colon is looked for first: the expression is tried on every short block
        return text.length() <= MAX_CAPTION && text.indexOf(':') >= 0 && CAPTION_ENDING_WITH_CREDIT.matcher(text).find();
    }
}
