package io.marsad.query;

import io.marsad.query.QueryNode.And;
import io.marsad.query.QueryNode.Filter;
import io.marsad.query.QueryNode.Near;
import io.marsad.query.QueryNode.Not;
import io.marsad.query.QueryNode.Or;
import io.marsad.query.QueryNode.Phrase;
import io.marsad.query.QueryNode.Scope;
import io.marsad.query.QueryNode.Term;

import io.marsad.text.MarsadAnalyzers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses Marsad's boolean query language (docs/query-language.md) into a {@link QueryNode} tree,
 * by recursive descent: OR binds loosest, then AND (also implied between neighbours), then NOT and
 * {@code -}, then NEAR. Operators are upper case, so "and" is a word. A query that does not parse
 * is refused with what is wrong and where, never guessed at.
 */
public final class QueryParser {

    public static final int MAX_LENGTH = 2000;
    public static final int MAX_WORDS = 100;
    public static final int MAX_DEPTH = 32;
    public static final int MAX_DISTANCE = 50;
    public static final int MIN_PREFIX = 3;
    static final Set<String> FIELDS = Set.of("title", "source", "site", "lang", "entity", "tag");
    private static final Pattern NEAR = Pattern.compile("(O?)NEAR/(\\d{1,3})([Ff]?)");

    private enum Kind { WORD, PHRASE, LPAREN, RPAREN, AND, OR, NOT, MINUS, NEAR, FIELD, END }

    private record Token(Kind kind, String text, int position, int distance, boolean ordered) {}

    private final String query;
    private final List<Token> tokens;
    private int next;
    private int depth;
    private int words;
    private int insideTitle;

    private QueryParser(String query) {
        this.query = query;
        this.tokens = tokenize(query);
    }

    public static QueryNode parse(String query) {
        if (query == null || query.isBlank()) {
            throw new QuerySyntaxException("the query is empty", 0);
        }
        if (query.length() > MAX_LENGTH) {
            throw new QuerySyntaxException("the query is longer than " + MAX_LENGTH + " characters", MAX_LENGTH);
        }
        QueryParser parser = new QueryParser(query);
        QueryNode node = parser.or();
        Token rest = parser.peek();
        if (rest.kind() != Kind.END) {
            throw new QuerySyntaxException(rest.kind() == Kind.RPAREN ? "')' without a matching '('" : "unexpected " + describe(rest), rest.position());
        }
        if (!hasPositive(node)) {
            throw new QuerySyntaxException("a query needs at least one word, phrase or filter that must match; NOT alone would match everything else", 0);
        }
        return node;
    }

    // ---- grammar

    private QueryNode or() {
        List<QueryNode> clauses = new ArrayList<>(List.of(and()));
        while (peek().kind() == Kind.OR) {
            Token or = take();
            if (!startsClause(peek())) {
                throw new QuerySyntaxException("OR needs a word, phrase or group after it", or.position());
            }
            clauses.add(and());
        }
        return clauses.size() == 1 ? clauses.get(0) : new Or(List.copyOf(clauses));
    }

    private QueryNode and() {
        List<QueryNode> clauses = new ArrayList<>(List.of(unary()));
        while (peek().kind() == Kind.AND || startsClause(peek())) {
            if (peek().kind() == Kind.AND) {
                Token and = take();
                if (!startsClause(peek())) {
                    throw new QuerySyntaxException("AND needs a word, phrase or group after it", and.position());
                }
            }
            clauses.add(unary());
        }
        return clauses.size() == 1 ? clauses.get(0) : new And(List.copyOf(clauses));
    }

    private QueryNode unary() {
        Token token = peek();
        if (token.kind() == Kind.NOT || token.kind() == Kind.MINUS) {
            take();
            if (!startsClause(peek()) || peek().kind() == Kind.NOT || peek().kind() == Kind.MINUS) {
                throw new QuerySyntaxException((token.kind() == Kind.NOT ? "NOT" : "'-'") + " needs a word, phrase or group after it", token.position());
            }
            return new Not(unary());
        }
        return near(Scope.TEXT);
    }

    private QueryNode near(Scope scope) {
        QueryNode left = primary(scope);
        while (peek().kind() == Kind.NEAR) {
            Token near = take();
            Kind after = peek().kind();
            if (after != Kind.WORD && after != Kind.PHRASE && after != Kind.LPAREN) {
                throw new QuerySyntaxException("NEAR needs a word or phrase on each side", near.position());
            }
            QueryNode right = primary(scope);
            checkNearOperand(left, near);
            checkNearOperand(right, near);
            left = new Near(left, right, near.distance(), near.ordered(), scope);
        }
        return left;
    }

    private QueryNode primary(Scope scope) {
        Token token = take();
        return switch (token.kind()) {
            case LPAREN -> group(token, scope);
            case PHRASE -> {
                countWord(token);
                requireSearchable(token.text(), token);
                yield new Phrase(token.text(), scope);
            }
            case WORD -> term(token, scope);
            case FIELD -> field(token, scope);
            default -> throw new QuerySyntaxException("expected a word, phrase or '(' but found " + describe(token), token.position());
        };
    }

    private QueryNode group(Token open, Scope scope) {
        if (++depth > MAX_DEPTH) {
            throw new QuerySyntaxException("parentheses nest deeper than " + MAX_DEPTH, open.position());
        }
        if (peek().kind() == Kind.RPAREN) {
            throw new QuerySyntaxException("empty parentheses", open.position());
        }
        QueryNode inner = scope == Scope.TITLE ? titleGroup() : or();
        if (peek().kind() != Kind.RPAREN) {
            throw new QuerySyntaxException("the '(' at " + open.position() + " has no matching ')'", peek().position());
        }
        take();
        depth--;
        return inner;
    }

    /** Inside title:( … ): the same grammar, every word and phrase in titles. */
    private QueryNode titleGroup() {
        insideTitle++;
        try {
            return rescope(or());
        } finally {
            insideTitle--;
        }
    }

    private QueryNode term(Token token, Scope scope) {
        countWord(token);
        String text = token.text();
        int star = text.indexOf('*');
        if (star < 0) {
            requireSearchable(text, token);
            return new Term(text, false, scope);
        }
        String prefix = text.substring(0, star);
        if (star != text.length() - 1 || prefix.codePointCount(0, prefix.length()) < MIN_PREFIX) {
            throw new QuerySyntaxException("a wildcard goes at the end of a word of at least " + MIN_PREFIX + " letters, as in sanction*: " + text,
                token.position() + star);
        }
        if (foldedTokens(prefix) != 1) {
            throw new QuerySyntaxException("a wildcard applies to one word, without spaces or punctuation inside: " + text, token.position());
        }
        return new Term(prefix, true, scope);
    }

    private QueryNode field(Token token, Scope scope) {
        String field = token.text();
        if (!startsValue(peek()) || peek().position() != token.position() + field.length() + 1) {
            throw new QuerySyntaxException(field + ": needs a value right after it (no space)", token.position());
        }
        if (field.equals("title")) {
            QueryNode scoped = peek().kind() == Kind.LPAREN ? group(take(), Scope.TITLE) : rescope(primary(Scope.TITLE));
            return scoped;
        }
        if (scope == Scope.TITLE || insideTitle > 0) {
            throw new QuerySyntaxException(field + ": cannot be used inside title:", token.position());
        }
        Token value = take();
        if (value.kind() == Kind.LPAREN) {
            List<QueryNode> values = new ArrayList<>();
            while (true) {
                Token v = take();
                if (v.kind() != Kind.WORD && v.kind() != Kind.PHRASE) {
                    throw new QuerySyntaxException(field + ":( ) takes values joined by OR", v.position());
                }
                values.add(filter(field, v));
                Token after = take();
                if (after.kind() == Kind.RPAREN) {
                    break;
                }
                if (after.kind() != Kind.OR) {
                    throw new QuerySyntaxException(field + ":( ) takes values joined by OR", after.position());
                }
            }
            return values.size() == 1 ? values.get(0) : new Or(List.copyOf(values));
        }
        return filter(field, value);
    }

    private Filter filter(String field, Token value) {
        if (value.text().contains("*")) {
            throw new QuerySyntaxException("wildcards work on words, not in " + field + ":", value.position());
        }
        String text = field.equals("lang") || field.equals("site") ? value.text().toLowerCase(Locale.ROOT) : value.text();
        if (field.equals("site")) {
            text = text.replaceFirst("^https?://", "").replaceFirst("^www\\.", "").replaceFirst("/.*$", "");
        }
        return new Filter(field, text);
    }

    /**
     * A word or phrase must leave something to search once analysed: "-" or "…" alone would match
     * nothing and silently empty the whole query.
     */
    private static void requireSearchable(String text, Token token) {
        if (foldedTokens(text) == 0) {
            String hint = text.equals("-") ? ": to leave a word out, write -word with no space after the '-'" : "";
            throw new QuerySyntaxException("'" + text + "' has no letters or digits to search for" + hint, token.position());
        }
    }

    /** How many words the folded chain (the one every other chain's tokenizer agrees with) finds in the text. */
    private static int foldedTokens(String text) {
        return MarsadAnalyzers.tokens(MarsadAnalyzers.chain("marsad_folded"), text).size();
    }

    private void countWord(Token token) {
        if (++words > MAX_WORDS) {
            throw new QuerySyntaxException("the query has more than " + MAX_WORDS + " words and phrases", token.position());
        }
    }

    private static void checkNearOperand(QueryNode operand, Token near) {
        boolean allowed = switch (operand) {
            case Term t -> !t.prefix();
            case Phrase p -> true;
            case Near n -> true;
            case Or or -> or.clauses().stream().allMatch(c -> c instanceof Phrase || (c instanceof Term t && !t.prefix()));
            default -> false;
        };
        if (!allowed) {
            throw new QuerySyntaxException("NEAR joins words, phrases, or groups of them joined by OR (no wildcards, NOT or filters)", near.position());
        }
    }

    /** The same tree with every word, phrase and NEAR searched in titles. */
    private static QueryNode rescope(QueryNode node) {
        return switch (node) {
            case Term t -> new Term(t.text(), t.prefix(), Scope.TITLE);
            case Phrase p -> new Phrase(p.text(), Scope.TITLE);
            case Near n -> new Near(rescope(n.left()), rescope(n.right()), n.distance(), n.ordered(), Scope.TITLE);
            case And a -> new And(a.clauses().stream().map(QueryParser::rescope).toList());
            case Or o -> new Or(o.clauses().stream().map(QueryParser::rescope).toList());
            case Not n -> new Not(rescope(n.clause()));
            case Filter f -> f;
        };
    }

    private static boolean hasPositive(QueryNode node) {
        return switch (node) {
            case Not n -> false;
            case And a -> a.clauses().stream().anyMatch(QueryParser::hasPositive);
            case Or o -> o.clauses().stream().allMatch(QueryParser::hasPositive);
            default -> true;
        };
    }

    private static boolean startsClause(Token token) {
        return switch (token.kind()) {
            case WORD, PHRASE, LPAREN, NOT, MINUS, FIELD -> true;
            default -> false;
        };
    }

    private static boolean startsValue(Token token) {
        return token.kind() == Kind.WORD || token.kind() == Kind.PHRASE || token.kind() == Kind.LPAREN;
    }

    private Token peek() {
        return tokens.get(next);
    }

    private Token take() {
        Token token = tokens.get(next);
        if (token.kind() != Kind.END) {
            next++;
        }
        return token;
    }

    private static String describe(Token token) {
        return switch (token.kind()) {
            case END -> "the end of the query";
            case PHRASE -> "\"" + token.text() + "\"";
            case FIELD -> token.text() + ":";
            default -> "'" + token.text() + "'";
        };
    }

    // ---- tokens

    private static List<Token> tokenize(String query) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < query.length()) {
            char c = query.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(') {
                tokens.add(new Token(Kind.LPAREN, "(", i, 0, false));
                i++;
            } else if (c == ')') {
                tokens.add(new Token(Kind.RPAREN, ")", i, 0, false));
                i++;
            } else if (c == '"' || c == '“' || c == '”' || c == '«' || c == '»') {
                int end = closingQuote(query, i);
                if (end < 0) {
                    throw new QuerySyntaxException("the phrase opened at " + i + " has no closing quote", i);
                }
                String phrase = query.substring(i + 1, end).strip().replaceAll("\\s+", " ");
                if (phrase.isEmpty()) {
                    throw new QuerySyntaxException("empty phrase", i);
                }
                tokens.add(new Token(Kind.PHRASE, phrase, i, 0, false));
                i = end + 1;
            } else if (c == '-' && i + 1 < query.length() && !Character.isWhitespace(query.charAt(i + 1)) && query.charAt(i + 1) != ')'
                && (i == 0 || Character.isWhitespace(query.charAt(i - 1)) || query.charAt(i - 1) == '(')) {
                tokens.add(new Token(Kind.MINUS, "-", i, 0, false));
                i++;
            } else {
                int start = i;
                while (i < query.length() && !Character.isWhitespace(query.charAt(i)) && "()\"“”«»".indexOf(query.charAt(i)) < 0) {
                    i++;
                }
                word(query.substring(start, i), start, tokens);
            }
        }
        tokens.add(new Token(Kind.END, "", query.length(), 0, false));
        return tokens;
    }

    private static int closingQuote(String query, int open) {
        char opening = query.charAt(open);
        for (int j = open + 1; j < query.length(); j++) {
            char c = query.charAt(j);
            if (c == '"' || (opening == '“' && c == '”') || (opening == '«' && c == '»') || (opening != '"' && c == opening)) {
                return j;
            }
        }
        return -1;
    }

    private static void word(String word, int position, List<Token> tokens) {
        switch (word) {
            case "AND", "&&" -> tokens.add(new Token(Kind.AND, word, position, 0, false));
            case "OR", "||" -> tokens.add(new Token(Kind.OR, word, position, 0, false));
            case "NOT" -> tokens.add(new Token(Kind.NOT, word, position, 0, false));
            default -> {
                Matcher near = NEAR.matcher(word);
                if (near.matches()) {
                    int distance = Integer.parseInt(near.group(2));
                    if (distance < 1 || distance > MAX_DISTANCE) {
                        throw new QuerySyntaxException("NEAR/n takes a distance from 1 to " + MAX_DISTANCE + " words", position);
                    }
                    tokens.add(new Token(Kind.NEAR, word, position, distance, !near.group(1).isEmpty() || !near.group(3).isEmpty()));
                    return;
                }
                if (word.startsWith("NEAR") || word.startsWith("ONEAR")) {
                    throw new QuerySyntaxException("NEAR is written NEAR/n (any order) or ONEAR/n (in order), n from 1 to " + MAX_DISTANCE, position);
                }
                int colon = word.indexOf(':');
                if (colon > 0 && word.substring(0, colon).chars().allMatch(Character::isLetter)) {
                    String field = word.substring(0, colon).toLowerCase(Locale.ROOT);
                    if (!FIELDS.contains(field)) {
                        throw new QuerySyntaxException("unknown field " + word.substring(0, colon) + ": (fields are title, source, site, lang, entity, tag)", position);
                    }
                    tokens.add(new Token(Kind.FIELD, field, position, 0, false));
                    if (colon + 1 < word.length()) {
                        // the value as written, colons and all (entity:person:…, site:https://…)
                        tokens.add(new Token(Kind.WORD, word.substring(colon + 1), position + colon + 1, 0, false));
                    }
                    return;
                }
                tokens.add(new Token(Kind.WORD, word, position, 0, false));
            }
        }
    }
}
