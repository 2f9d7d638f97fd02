package io.marsad.crawler.extract;

/** The input cannot be turned into an article (too large, not HTML…); the message says why. */
public class ExtractionException extends RuntimeException {
    public ExtractionException(String message) {
        super(message);
    }

    /** The page is larger than {@link ArticleExtractor#MAX_PAGE_BYTES}. */
    public static class PageTooLarge extends ExtractionException {
        public PageTooLarge(String message) {
            super(message);
        }
    }
}
