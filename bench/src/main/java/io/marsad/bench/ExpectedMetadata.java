package io.marsad.bench;

/**
 * What an evaluation set says a page's title, publication date and authors are. A null field is one the set does
 * not give for that page; {@code noAuthor} is a page the set says names nobody (WCXB writes its author as null).
 *
 * @param date an ISO date, or only its year and month ({@code 2015-11}) when that is all the page shows
 * @param authors the names as the set writes them, one string that may hold several ("A, B & C")
 */
record ExpectedMetadata(String title, String date, String authors, boolean noAuthor) {

    static final ExpectedMetadata NONE = new ExpectedMetadata(null, null, null, false);

    /** Sets write "None" or an empty string where they mean nothing. */
    static String given(String value) {
        return value == null || value.isBlank() || value.equals("None") ? null : value.strip();
    }

    boolean any() {
        return title != null || date != null || authors != null || noAuthor;
    }
}
