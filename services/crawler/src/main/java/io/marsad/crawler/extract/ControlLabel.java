package io.marsad.crawler.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A line that is only a control's label, left when its button or player went ("Caption", "Close", "Gallery", "Video",
 * "Enlarge", "Schließen"), or a gallery's counter left when its pictures went ("1 of 1", "3 von 12"): the page's
 * machinery, never a word of the story, as a sharing toolbar's row of such labels is. A heading that says more ("Video:
 * the flood in Valencia") stays, and so does "5/5", more often a review's rating.
 */
final class ControlLabel {

    private static final Set<String> LABELS = Set.of(
        "caption", "toggle caption", "hide caption", "show caption", "close", "gallery", "view gallery", "open gallery", "photo gallery",
        "video", "play video", "watch video", "replay", "enlarge", "enlarge image", "expand", "collapse", "loading", "loading...",
        "loading…", "back to top", "scroll to top", "skip ad",
        "schließen", "bildergalerie", "galerie", "vergrößern", "fermer", "agrandir", "cerrar", "galería", "ampliar", "fechar",
        "galeria", "закрыть", "галерея", "إغلاق", "بستن");
    /** Longer than the longest label, a line is none of them: most lines are, and are let by without being lower-cased. */
    private static final int MAX_LABEL = 16;
    private static final Pattern PICTURE_COUNTER = Pattern.compile("\\d{1,3}\\s+(?:of|von|de|из)\\s+\\d{1,3}", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * A row of a sharing toolbar left as a line when its icons went ("Printer friendly page Send this article to Friends by
     * E-Mail", "Email to a friendPrinter friendly", "Share This Article", "Article licensing and reprint options"): each item
     * names what to do with the article. One word alone ("Print", "Email") may be a code listing's or a heading's, and stays.
     */
    private static final String ARTICLE = "(?:\\s+(?:this|the))?(?:\\s+(?:article|story|page|post|link))?";
    private static final String TOOLBAR_ITEM = "(?:printer[\\s-]*friendly(?:\\s+(?:page|version|format))?|print" + ARTICLE
        + "|(?:e-?mail|send)" + ARTICLE + "(?:\\s+to\\s+(?:a\\s+)?friends?)?(?:\\s+by\\s+e-?mail)?|share" + ARTICLE
        + "|(?:article\\s+)?licensing\\s+and\\s+reprint\\s+options|reprints\\s+(?:and|&)\\s+permissions"
        + "|artikel\\s+(?:drucken|versenden|teilen)|druckversion|imprimer\\s+l'article|envoyer\\s+à\\s+un\\s+ami|partager\\s+l'article"
        + "|imprimir\\s+(?:el\\s+)?art[ií]culo|enviar\\s+a\\s+un\\s+amigo|compartir\\s+(?:el\\s+)?art[ií]culo"
        + "|версия\\s+для\\s+печати|отправить\\s+другу|أرسل\\s+لصديق|طباعة\\s+الخبر)";
    private static final Pattern TOOLBAR_ROW = Pattern.compile("(?:" + TOOLBAR_ITEM + "[\\s|•·/]*){1,6}",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int MAX_TOOLBAR_ROW = 90;

    private ControlLabel() {}

    static boolean is(String text) {
        return text.length() <= MAX_LABEL
            && (LABELS.contains(text.strip().toLowerCase(Locale.ROOT)) || PICTURE_COUNTER.matcher(text.strip()).matches())
            || isToolbarRow(text);
    }

    private static boolean isToolbarRow(String text) {
        String row = text.strip();
        return row.length() <= MAX_TOOLBAR_ROW && row.indexOf(' ') > 0 && TOOLBAR_ROW.matcher(row).matches();
    }
}
