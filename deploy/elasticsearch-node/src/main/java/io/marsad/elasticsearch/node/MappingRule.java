package io.marsad.elasticsearch.node;

/**
 * One rule of the {@code mapping} char filter: {@code source => target}, where both sides may use
 * the escapes {@code \\ \n \t \r \b \f \\uXXXX}. The target may be empty (deletion).
 */
record MappingRule(String source, String target) {

    private static final String ARROW = "=>";

    static MappingRule parse(String rule) {
        // The distribution splits at the last arrow; an arrow inside the source must be escaped anyway.
        int arrow = rule.lastIndexOf(ARROW);
        if (arrow < 0) {
            throw new IllegalArgumentException("Invalid Mapping Rule : [" + rule + "]");
        }
        String source = unescape(rule.substring(0, arrow).trim(), rule);
        String target = unescape(rule.substring(arrow + ARROW.length()).trim(), rule);
        if (source.isEmpty()) {
            throw new IllegalArgumentException("Invalid Mapping Rule : [" + rule + "]. Illegal mapping.");
        }
        return new MappingRule(source, target);
    }

    private static String unescape(String text, String rule) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (++i >= text.length()) {
                throw new IllegalArgumentException("Invalid escaped char in [" + rule + "]");
            }
            char escaped = text.charAt(i);
            switch (escaped) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    if (i + 4 >= text.length()) {
                        throw new IllegalArgumentException("Invalid escaped char in [" + rule + "]");
                    }
                    out.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(escaped);
            }
        }
        return out.toString();
    }
}
