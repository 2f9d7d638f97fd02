package io.marsad.support.jdbc;

import java.util.regex.Pattern;

/** Table, column and type names written into SQL text, where no parameter can stand: checked to be plain names. */
final class SqlIdentifiers {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

    private SqlIdentifiers() {}

    static void check(String... identifiers) {
        for (String identifier : identifiers) {
            if (!IDENTIFIER.matcher(identifier).matches()) {
                throw new IllegalArgumentException("not an SQL identifier: " + identifier);
            }
        }
    }
}
