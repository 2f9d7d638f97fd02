package io.marsad.crawler.extract;

/**
 * How the article's body was found and how far to trust it, so that doubtful pages can be flagged
 * (in the source's health) rather than silently indexed with nothing or with page furniture.
 *
 * @param strategy   {@code markup} (the paragraphs' container, furniture removed by class names),
 *                   {@code markup-lenient} (the second pass, which keeps a container named like
 *                   furniture when it holds most of the text), {@code structured-data} (the
 *                   page's JSON-LD articleBody, longer than anything in the markup), {@code script-data}
 *                   (the article's HTML as a string in the page's script data, when the markup has no body),
 *                   {@code noscript-markup} (the markup a page shows browsers without JavaScript, in its
 *                   {@code <noscript>} elements, when the rest of its markup has no body),
 *                   {@code markup-unfiltered} (the best-scored block with no furniture removed, when
 *                   nothing else found any text), or {@code none} (no article text found)
 * @param confidence 0 (nothing found) to 1; below {@link #DOUBTFUL} the body is doubtful
 */
public record Extraction(String strategy, double confidence) {

    public static final String MARKUP = "markup";
    public static final String MARKUP_LENIENT = "markup-lenient";
    public static final String STRUCTURED_DATA = "structured-data";
    public static final String SCRIPT_DATA = "script-data";
    public static final String NOSCRIPT_MARKUP = "noscript-markup";
    public static final String UNFILTERED = "markup-unfiltered";
    public static final String NONE = "none";

    /** Below this confidence an extraction is doubtful. */
    public static final double DOUBTFUL = 0.5;

    /** A body this long (a short brief) is an article rather than a teaser, a caption or a menu. */
    static final int CONFIDENT_LENGTH = 300;

    /**
     * The confidence of a body of {@code length} characters found by {@code strategy}: it grows
     * with the length up to {@link #CONFIDENT_LENGTH}, and is discounted for the fallbacks (the
     * lenient pass may keep furniture; structured data is the publisher's own but may be a summary).
     */
    static Extraction of(String strategy, int length) {
        if (length == 0 || strategy.equals(NONE)) {
            return new Extraction(NONE, 0);
        }
        double trust = switch (strategy) {
            case MARKUP -> 1.0;
            case STRUCTURED_DATA -> 0.9;
            case SCRIPT_DATA, NOSCRIPT_MARKUP -> 0.8;
            case MARKUP_LENIENT -> 0.7;
            default -> 0.4;
        };
        double confidence = trust * Math.min(1.0, (double) length / CONFIDENT_LENGTH);
        return new Extraction(strategy, Math.round(confidence * 100) / 100.0);
    }

    public boolean doubtful() {
        return confidence < DOUBTFUL;
    }
}
