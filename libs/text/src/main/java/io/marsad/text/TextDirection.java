package io.marsad.text;

import java.util.Locale;
import java.util.Set;

/**
 * The direction a language is written in, as pages, e-mails and alert explanations lay its text
 * out: {@code rtl} for the right-to-left ones (Arabic, Persian, Urdu, Pashto, Kurdish in Arabic
 * script, Hebrew, Yiddish), {@code ltr} for every other and for none.
 */
public final class TextDirection {

    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "fa", "ur", "ps", "ku", "he", "yi");

    private TextDirection() {}

    /** {@code rtl} or {@code ltr} for an ISO 639-1 language code (case-insensitive, null allowed). */
    public static String of(String language) {
        return language != null && RIGHT_TO_LEFT.contains(language.toLowerCase(Locale.ROOT)) ? "rtl" : "ltr";
    }
}
