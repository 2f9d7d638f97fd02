package io.marsad.crawler.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Text a site's CMS encoded as UTF-8 twice: it read UTF-8 bytes as Latin-1 or Windows-1252 and wrote the characters out
 * as UTF-8 again, so the page, though read right, says "youâ\u0080\u0099re" or "youâ€™re" for "you’re". Such runs are
 * put back. Only text with the marks of it is touched: a C1 control character (never text), or the two-character
 * starts that every double-encoded curly quote, dash and accented Latin letter has ("â€", "Ã" before a byte of a
 * sequence's tail), which real text does not hold.
 */
final class Mojibake {

    /** Windows-1252's characters for the bytes 0x80–0x9F, in order; U+FFFF where it has none. */
    private static final String WINDOWS_1252_HIGH =
        "€\uFFFF‚ƒ„…†‡ˆ‰Š‹Œ\uFFFFŽ\uFFFF\uFFFF‘’“”•–—˜™š›œ\uFFFFžŸ";

    private Mojibake() {}

    /** The text with its double-encoded runs decoded; the same text when it shows no sign of them. */
    static String repair(String text) {
        if (text == null || !looksDoubleEncoded(text)) {
            return text;
        }
        // one strict decoder for the text's runs: a run that is no UTF-8 stays as it is
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            String decoded = decodedRunAt(text, i, strict);
            if (decoded != null) {
                out.append(decoded);
                i += sequenceLength(byteOf(text.charAt(i)));
            } else {
                out.append(text.charAt(i));
                i++;
            }
        }
        return out.toString();
    }

    private static boolean looksDoubleEncoded(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && c <= 0x9F) {
                return true;
            }
            if (i + 1 < text.length() && (c == 'â' && text.charAt(i + 1) == '€' || c == 'Ã' && isTailByte(byteOf(text.charAt(i + 1))))) {
                return true;
            }
        }
        return false;
    }

    /** The character the UTF-8 sequence starting at {@code start} spells, read back as bytes; null if none starts there. */
    private static String decodedRunAt(String text, int start, CharsetDecoder strict) {
        int lead = byteOf(text.charAt(start));
        int length = sequenceLength(lead);
        if (length < 2 || start + length > text.length()) {
            return null;
        }
        byte[] bytes = new byte[length];
        bytes[0] = (byte) lead;
        for (int k = 1; k < length; k++) {
            int tail = byteOf(text.charAt(start + k));
            if (!isTailByte(tail)) {
                return null;
            }
            bytes[k] = (byte) tail;
        }
        try {
            return strict.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return null;
        }
    }

    /** The byte a character stood for when UTF-8 was read as Latin-1 or Windows-1252; -1 for none. */
    private static int byteOf(char c) {
        if (c < 0x100) {
            return c;
        }
        int index = WINDOWS_1252_HIGH.indexOf(c);
        return index >= 0 ? 0x80 + index : -1;
    }

    private static boolean isTailByte(int b) {
        return b >= 0x80 && b <= 0xBF;
    }

    /** How many bytes a UTF-8 sequence with this first byte has; 1 for a byte that starts none. */
    private static int sequenceLength(int lead) {
        if (lead >= 0xC2 && lead <= 0xDF) {
            return 2;
        }
        if (lead >= 0xE0 && lead <= 0xEF) {
            return 3;
        }
        if (lead >= 0xF0 && lead <= 0xF4) {
            return 4;
        }
        return 1;
    }
}
