package io.marsad.crawler.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A line that is only a control's label, left when its button or player went ("Caption", "Close", "Gallery", "Video",
 * "Enlarge", "Schließen"), or a gallery's counter left when its pictures went ("1 of 1", "3 von 12"): the page's
 * machinery, never a word of the story. A heading that says more ("Video: the flood in Valencia") stays, and so does
 * "5/5", more often a review's rating.
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

    private ControlLabel() {}

    static boolean is(String text) {
        return text.length() <= MAX_LABEL
            && (LABELS.contains(text.strip().toLowerCase(Locale.ROOT)) || PICTURE_COUNTER.matcher(text.strip()).matches());
    }
}
