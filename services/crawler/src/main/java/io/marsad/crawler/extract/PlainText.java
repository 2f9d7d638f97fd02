package io.marsad.crawler.extract;

import java.util.Locale;

/** Text as a reader sees it and as rules compare it: white space collapsed, invisible characters at its ends gone. */
final class PlainText {

    private PlainText() {}

    /**
     * White space made one space and trimmed; a text of nothing but invisible format characters (a zero-width joiner a
     * page builder leaves in an empty paragraph) is empty. Those characters stay within words, where Persian's
     * zero-width non-joiner and emoji sequences need them.
     */
    static String clean(String text) {
        // a loop, not a regular expression: this runs on every text the body collects and compares
        StringBuilder collapsed = new StringBuilder(text.length());
        boolean inSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isCollapsedSpace(c)) {
                if (!inSpace) {
                    collapsed.append(' ');
                }
                inSpace = true;
            } else {
                collapsed.append(c);
                inSpace = false;
            }
        }
        return withoutInvisibleEnds(collapsed.toString());
    }

    /**
     * The text without white space and zero-width characters at its ends, empty if it holds nothing else: an editor's
     * empty paragraph holds a zero-width joiner (Webflow's {@code <p>&zwj;</p>}). Bidirectional marks stay: they set the
     * direction of a line that opens with a Latin word.
     */
    static String withoutInvisibleEnds(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isBlankOrZeroWidth(text.charAt(start))) {
            start++;
        }
        while (end > start && isBlankOrZeroWidth(text.charAt(end - 1))) {
            end--;
        }
        String cleaned = text.substring(start, end);
        return isInvisibleOnly(cleaned) ? "" : cleaned;
    }

    private static boolean isBlankOrZeroWidth(char c) {
        return c <= ' ' || c >= '\u200B' && c <= '\u200D' || c == '\u2060' || c == '\uFEFF';
    }

    /** ASCII white space, the no-break space, the zero-width space and the byte-order mark. */
    private static boolean isCollapsedSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r' || c == '\u00A0' || c == '\u200B' || c == '\uFEFF';
    }

    private static boolean isInvisibleOnly(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (codePoint != ' ' && Character.getType(codePoint) != Character.FORMAT) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }

    /** Text as compared for sameness: white space made one space, trimmed, lower-cased. */
    static String comparable(String text) {
        return clean(text).toLowerCase(Locale.ROOT);
    }

    /** Whether the text, as {@link #comparable}, is this one: lower-casing never shortens a text, so a longer one is not lower-cased. */
    static boolean isComparableTo(String text, String comparable) {
        String cleaned = clean(text);
        return cleaned.length() <= comparable.length() && cleaned.toLowerCase(Locale.ROOT).equals(comparable);
    }
}
