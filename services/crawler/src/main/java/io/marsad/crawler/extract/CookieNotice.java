package io.marsad.crawler.extract;

import java.util.regex.Pattern;

/**
 * The site's cookie banner, where a theme writes it inside the story's container under no furniture name (holzwerken.net
 * closes its posts with "Um unsere Webseite für Sie optimal zu gestalten … verwenden wir Cookies. Durch die weitere Nutzung
 * … stimmen Sie der Verwendung von Cookies zu"): the site saying that it uses cookies, and why or what the reader agrees
 * to by reading on. Both must be there: a privacy policy or an article about tracking names cookies without asking for
 * consent, and a banner is short.
 */
final class CookieNotice {

    /** Longer than this, a paragraph is text that happens to use these words. */
    private static final int MAX_LENGTH = 700;

    /** The site saying it uses cookies, in the languages Marsad crawls most. */
    private static final String SITE_USES_COOKIES = "(?:"
        + "\\b(?:we|this\\s+(?:web\\s*)?site|our\\s+(?:web\\s*)?site)\\s+(?:also\\s+)?(?:use|uses|is\\s+using|are\\s+using)\\s+(?:\\w+\\s+)?cookies\\b"
        + "|\\b(?:wir\\s+(?:verwenden|nutzen|benutzen|setzen)|(?:verwenden|nutzen|benutzen|setzen)\\s+wir"
        + "|(?:diese|unsere)\\s+(?:web)?(?:seite|site|website)\\s+(?:verwendet|nutzt|benutzt|setzt))\\b[^.]{0,60}\\bcookies\\b"
        + "|\\b(?:nous\\s+utilisons|ce\\s+site\\s+(?:web\\s+)?utilise)\\s+(?:des\\s+|les\\s+)?cookies\\b"
        + "|\\b(?:utilizamos|usamos|este\\s+sitio(?:\\s+web)?\\s+(?:utiliza|usa)|este\\s+site\\s+(?:utiliza|usa))\\s+(?:las\\s+|os\\s+)?cookies\\b"
        + "|\\b(?:utilizziamo|usiamo|questo\\s+sito(?:\\s+web)?\\s+(?:utilizza|usa))\\s+(?:i\\s+)?cookie"
        + "|\\b(?:wij\\s+gebruiken|we\\s+gebruiken|deze\\s+(?:web)?site\\s+gebruikt)\\s+cookies\\b"
        + "|\\b(?:używamy|wykorzystujemy|(?:ta\\s+)?strona\\s+(?:używa|wykorzystuje))\\s+(?:plików\\s+)?cookie"
        + "|\\b(?:мы\\s+используем|сайт\\s+использует)\\s+(?:файлы\\s+)?cookie"
        + "|(?:نستخدم|يستخدم\\s+(?:هذا\\s+)?الموقع)\\s+(?:ملفات\\s+)?(?:تعريف\\s+الارتباط|الكوكيز|كوكيز)"
        + "|از\\s+کوکی[^.]{0,20}استفاده\\s+می)";

    /** Why, or what reading on agrees to: the banner's second half. */
    private static final String WHY_OR_CONSENT = "(?:"
        + "\\bby\\s+(?:continuing|using)|\\byou\\s+(?:agree|consent|accept)|\\b(?:accept|agree\\s+to)\\s+(?:our\\s+|the\\s+)?(?:use\\s+of\\s+)?cookies"
        + "|\\bbest\\s+(?:possible\\s+)?experience|\\bpersonali[sz]|\\bimprove|\\banaly[sz]|\\b(?:privacy|cookie)\\s+(?:policy|statement|notice)|\\bweitere[nr]?\\s+nutzung|\\bstimmen\\s+sie|\\bzustimm|\\beinverstanden|\\bakzeptier|\\bdatenschutz"
        + "|\\boptimal|\\bverbesser|\\banalysier|\\ben\\s+poursuivant|\\bacceptez|\\bconsentement|\\bexpérience|\\bal\\s+continuar|\\bacept"
        + "|\\bexperiencia|\\bcontinuando|\\baccett|\\bconsenso|\\bdoorgaan|\\bakkoord|\\bkontynuując|\\bzgod|\\bпродолжая|\\bсоглас"
        + "|بالاستمرار|موافق|تجربة|ادامه|موافقت|تجربه)";

    private static final Pattern NOTICE = Pattern.compile(SITE_USES_COOKIES + ".{0,400}" + WHY_OR_CONSENT + "|" + WHY_OR_CONSENT + ".{0,400}"
        + SITE_USES_COOKIES, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

    private CookieNotice() {}

    /**
     * Tried on every paragraph: the word every form holds is looked for first with {@code indexOf}, which the JVM runs far
     * faster than a worded pattern's pass over the letters ("Cookie" and "cookie" both hold "ookie").
     */
    static boolean is(String text) {
        return text.length() <= MAX_LENGTH && (text.contains("ookie") || text.contains("OOKIE") || text.contains("تعريف الارتباط")
            || text.contains("كوكيز") || text.contains("کوکی")) && NOTICE.matcher(text).find();
    }
}
