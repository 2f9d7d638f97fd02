package io.marsad.crawler.extract;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which charset to read a page with, in the HTML standard's order: a byte-order mark, the
 * Content-Type header, a {@code <meta>} declaration (left to jsoup), and only then detection:
 * valid UTF-8 is UTF-8, anything else goes to ICU's detector, which knows the legacy encodings of
 * Arabic (windows-1256, ISO-8859-6) and Cyrillic (windows-1251, KOI8-R) pages.
 *
 * <p>One exception to that order: letters written as valid UTF-8 are read as UTF-8 whatever a {@code <meta>} says.
 * Pages saved from a browser or re-encoded by a CMS keep their old declaration ({@code charset=Shift_JIS} above
 * UTF-8 text, on elecom.co.jp's press releases as saved), and text in a legacy encoding is practically never valid
 * UTF-8: its letters are bytes above 127 that UTF-8 allows only in fixed patterns.
 */
final class CharsetSniffer {

    private static final Pattern META_CHARSET = Pattern.compile("(?i)<meta[^>]+charset\\s*=");
    private static final int MIN_CONFIDENCE = 25;

    private CharsetSniffer() {}

    /** The charset to decode with, or null to let jsoup follow the BOM or {@code <meta charset>}. */
    static String choose(byte[] html, String headerCharset) {
        if (hasBom(html)) {
            return null;
        }
        if (headerCharset != null && isSupported(headerCharset)) {
            return headerCharset;
        }
        if (hasNonAscii(html) && isValidUtf8(html)) {
            return StandardCharsets.UTF_8.name();
        }
        String head = new String(html, 0, Math.min(html.length, 4096), StandardCharsets.ISO_8859_1);
        if (META_CHARSET.matcher(head).find()) {
            return null;
        }
        if (isValidUtf8(html)) {
            return StandardCharsets.UTF_8.name();
        }
        CharsetDetector detector = new CharsetDetector();
        detector.setText(html);
        CharsetMatch match = detector.detect();
        if (match != null && match.getConfidence() >= MIN_CONFIDENCE && isSupported(match.getName())) {
            return match.getName();
        }
        return "windows-1252"; // what browsers fall back to
    }

    private static boolean hasBom(byte[] b) {
        return (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF)
            || (b.length >= 2 && (((b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) || ((b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE)));
    }

    private static boolean hasNonAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the bytes are well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF), as
     * the JDK's decoder reports them; checked in a loop, as decoding the whole page only to throw the text away cost
     * a thirtieth of extraction.
     */
    static boolean isValidUtf8(byte[] bytes) {
        int i = 0;
        while (i < bytes.length) {
            int lead = bytes[i] & 0xff;
            if (lead < 0x80) {
                i++;
                continue;
            }
            int continuations = lead >= 0xC2 && lead <= 0xDF ? 1 : lead >= 0xE0 && lead <= 0xEF ? 2 : lead >= 0xF0 && lead <= 0xF4 ? 3 : -1;
            if (continuations < 0 || i + continuations >= bytes.length) {
                return false;
            }
            int second = bytes[i + 1] & 0xff;
            int low = lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80; // shorter forms of the same code point
            int high = lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF; // surrogates; beyond U+10FFFF
            if (second < low || second > high) {
                return false;
            }
            for (int k = 2; k <= continuations; k++) {
                if ((bytes[i + k] & 0xC0) != 0x80) {
                    return false;
                }
            }
            i += continuations + 1;
        }
        return true;
    }

    private static boolean isSupported(String name) {
        try {
            return Charset.isSupported(name.trim().toLowerCase(Locale.ROOT));
        } catch (RuntimeException illegalName) {
            return false;
        }
    }
}
