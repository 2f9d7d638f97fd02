package io.marsad.query;

import io.marsad.query.QueryNode.And;
import io.marsad.query.QueryNode.Filter;
import io.marsad.query.QueryNode.Near;
import io.marsad.query.QueryNode.Not;
import io.marsad.query.QueryNode.Or;
import io.marsad.query.QueryNode.Phrase;
import io.marsad.query.QueryNode.Term;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static io.marsad.query.QueryNode.Scope.TEXT;
import static io.marsad.query.QueryNode.Scope.TITLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QueryParserTest {

    static Term t(String text) {
        return new Term(text, false, TEXT);
    }

    @Test
    void orBindsLooserThanAndAndNeighboursAreAnded() {
        assertEquals(new Or(List.of(new And(List.of(t("a"), t("b"))), t("c"))), QueryParser.parse("a b OR c"));
        assertEquals(new Or(List.of(new And(List.of(t("a"), t("b"))), t("c"))), QueryParser.parse("a AND b OR c"));
        assertEquals(new And(List.of(t("a"), new Or(List.of(t("b"), t("c"))))), QueryParser.parse("a AND (b OR c)"));
    }

    @Test
    void theIssuesExample() {
        assertEquals(new And(List.of(new Phrase("North Korea", TEXT), new Or(List.of(t("Russia"), t("Putin"))), new Not(t("sport")))),
            QueryParser.parse("\"North Korea\" AND (Russia OR Putin) NOT sport"));
    }

    @Test
    void arabicWordsPhrasesAndLowerCaseOperatorsAreWords() {
        assertEquals(new And(List.of(new Phrase("كوريا الشمالية", TEXT), new Or(List.of(t("روسيا"), t("بوتين"))))),
            QueryParser.parse("\"كوريا الشمالية\" (روسيا OR بوتين)"));
        assertEquals(new And(List.of(t("war"), t("and"), t("peace"))), QueryParser.parse("war and peace"));
        assertEquals(new Phrase("كوريا الشمالية", TEXT), QueryParser.parse("«كوريا  الشمالية»"));
    }

    @Test
    void notAndMinus() {
        assertEquals(new And(List.of(t("putin"), new Not(t("sport")), new Not(new Phrase("world cup", TEXT)))),
            QueryParser.parse("putin -sport NOT \"world cup\""));
        assertEquals(t("al-Assad"), QueryParser.parse("al-Assad"), "a hyphen inside a word is part of it");
        assertEquals(new And(List.of(t("gaza"), new Not(new Or(List.of(t("football"), t("match")))))), QueryParser.parse("gaza -(football OR match)"));
    }

    @Test
    void nearOrderedAndUnordered() {
        assertEquals(new Near(t("putin"), t("kim"), 5, false, TEXT), QueryParser.parse("putin NEAR/5 kim"));
        assertEquals(new Near(t("putin"), t("kim"), 5, true, TEXT), QueryParser.parse("putin ONEAR/5 kim"));
        assertEquals(new Near(t("putin"), t("kim"), 5, true, TEXT), QueryParser.parse("putin NEAR/5f kim"), "Brandwatch's spelling");
        assertEquals(new Near(new Phrase("North Korea", TEXT), new Or(List.of(t("Russia"), t("Moscow"))), 10, false, TEXT),
            QueryParser.parse("\"North Korea\" NEAR/10 (Russia OR Moscow)"));
        assertEquals(new And(List.of(new Near(t("a"), t("b"), 2, false, TEXT), t("c"))), QueryParser.parse("a NEAR/2 b c"), "NEAR binds tighter than AND");
    }

    @Test
    void trailingWildcardWithAMinimumPrefix() {
        assertEquals(new Term("sanction", true, TEXT), QueryParser.parse("sanction*"));
        assertEquals(new Term("عقوب", true, TEXT), QueryParser.parse("عقوب*"));
    }

    @Test
    void fields() {
        assertEquals(new And(List.of(new Term("putin", false, TITLE), new Filter("lang", "ar"))), QueryParser.parse("title:putin lang:AR"));
        assertEquals(new Or(List.of(new Phrase("North Korea", TITLE), new Term("DPRK", false, TITLE))), QueryParser.parse("title:(\"North Korea\" OR DPRK)"));
        assertEquals(new Filter("source", "Al Jazeera"), QueryParser.parse("source:\"Al Jazeera\""));
        assertEquals(new Filter("site", "aljazeera.net"), QueryParser.parse("site:https://www.aljazeera.net/news"));
        assertEquals(new Or(List.of(new Filter("lang", "ar"), new Filter("lang", "fa"))), QueryParser.parse("lang:(ar OR fa)"));
        assertEquals(new And(List.of(new Filter("entity", "person:vladimir-putin"), new Not(new Filter("tag", "sport")))),
            QueryParser.parse("entity:person:vladimir-putin -tag:sport"));
        assertEquals(t("10:30"), QueryParser.parse("10:30"), "not a field: a time");
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
            Arguments.of("", 0, "empty"),
            Arguments.of("(putin OR kim", 13, "no matching ')'"),
            Arguments.of("putin)", 5, "')' without a matching '('"),
            Arguments.of("putin AND", 6, "AND needs"),
            Arguments.of("OR putin", 0, "expected a word"),
            Arguments.of("putin OR", 6, "OR needs"),
            Arguments.of("\"north korea", 0, "no closing quote"),
            Arguments.of("sa*", 2, "wildcard goes at the end of a word of at least 3 letters"),
            Arguments.of("s*nction", 1, "wildcard goes at the end"),
            Arguments.of("putin NEAR/0 kim", 6, "distance from 1 to 50"),
            Arguments.of("putin NEAR/99 kim", 6, "distance from 1 to 50"),
            Arguments.of("putin NEAR kim", 6, "NEAR is written NEAR/n"),
            Arguments.of("putin NEAR/3 sanc*", 6, "no wildcards"),
            Arguments.of("putin NEAR/3 -kim", 6, "NEAR needs a word or phrase"),
            Arguments.of("author:smith", 0, "unknown field author:"),
            Arguments.of("lang: ar", 0, "lang: needs a value"),
            Arguments.of("NOT putin", 0, "at least one word"),
            Arguments.of("-putin -kim", 0, "at least one word"),
            Arguments.of("NOT (putin OR kim)", 0, "at least one word"),
            Arguments.of("-", 0, "write -word with no space"),
            Arguments.of("putin - kim", 6, "write -word with no space"),
            Arguments.of("putin …", 6, "no letters or digits"),
            Arguments.of("\"--\"", 0, "no letters or digits"),
            Arguments.of("al-qa*", 0, "a wildcard applies to one word"),
            Arguments.of("()", 0, "empty parentheses"),
            Arguments.of("\"\"", 0, "empty phrase"),
            Arguments.of("title:(putin lang:ar)", 13, "cannot be used inside title:"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void malformedQueriesSayWhereAndWhy(String query, int position, String message) {
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> QueryParser.parse(query));
        assertTrue(e.getMessage().contains(message), e.getMessage());
        assertEquals(position, e.position(), e.getMessage());
    }

    @Test
    void boundsOnLengthAndWords() {
        assertThrows(QuerySyntaxException.class, () -> QueryParser.parse("a".repeat(QueryParser.MAX_LENGTH + 1)));
        QuerySyntaxException tooMany = assertThrows(QuerySyntaxException.class, () -> QueryParser.parse("word ".repeat(QueryParser.MAX_WORDS + 1)));
        assertTrue(tooMany.getMessage().contains("more than " + QueryParser.MAX_WORDS));
        assertThrows(QuerySyntaxException.class, () -> QueryParser.parse("(".repeat(40) + "a" + ")".repeat(40)));
    }
}
