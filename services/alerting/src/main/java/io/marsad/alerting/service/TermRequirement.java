package io.marsad.alerting.service;

import org.apache.lucene.index.Term;
import org.apache.lucene.queries.spans.SpanNearQuery;
import org.apache.lucene.queries.spans.SpanOrQuery;
import org.apache.lucene.queries.spans.SpanQuery;
import org.apache.lucene.queries.spans.SpanTermQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The terms a prepared query cannot match without, in its boolean structure, asked of an article's
 * {@link ArticleTerms} before the query is run. The presearcher picks a subscription when the
 * article has two or three of its terms; this asks for all of them, and for a phrase's words next
 * to each other, so most candidates that cannot match are set aside by a few lookups in a table
 * instead of a run of the query (on the broad set, nine candidates in ten do not match).
 *
 * <p>It only ever answers "cannot match" when the query cannot: a term or pair the article lacks
 * is certainly lacking, an excluded clause is never held against a candidate, and a part it does
 * not know (a wildcard, an unusual query) counts as possibly matching. Otherwise the query is run,
 * and decides.
 *
 * <p>Kept compact, as it is kept for every subscription: a tree in prefix order in an int array,
 * each node an "at least k of these n" (a conjunction is n of n) or a term, whose hash is in a long array.
 */
final class TermRequirement {

    /** Nothing to ask: the query is always run. */
    // the program's node kinds: "at least k of these n", a term, what always holds, what never does
    private static final int AT_LEAST = 0;
    private static final int TERM = 1;
    private static final int ANY = 2;
    private static final int NEVER = 3;

    static final TermRequirement NONE = new TermRequirement(new int[] {ANY}, new long[0]);

    private final int[] program;
    private final long[] hashes;

    private TermRequirement(int[] program, long[] hashes) {
        this.program = program;
        this.hashes = hashes;
    }

    static TermRequirement of(Query prepared) {
        Node root = node(prepared, false);
        if (root == Node.ANYTHING) {
            return NONE;
        }
        List<Integer> program = new ArrayList<>();
        List<Long> hashes = new ArrayList<>();
        root.write(program, hashes);
        return new TermRequirement(program.stream().mapToInt(Integer::intValue).toArray(), hashes.stream().mapToLong(Long::longValue).toArray());
    }

    /** False when the article certainly lacks what the query needs; true when the query must be run to know. */
    boolean mayMatch(ArticleTerms article) {
        return program[0] == ANY || evaluate(0, article);
    }

    private boolean evaluate(int at, ArticleTerms article) {
        if (program[at] == TERM) {
            return article.has(hashes[program[at + 1]]);
        }
        if (program[at] == NEVER) {
            return false;
        }
        int needed = program[at + 1];
        int children = program[at + 2];
        int child = at + 4;
        int found = 0;
        for (int i = 0; i < children; i++) {
            if (evaluate(child, article)) {
                if (++found == needed) {
                    return true;
                }
            } else if (children - i - 1 + found < needed) {
                return false;
            }
            child += length(child);
        }
        return false;
    }

    private int length(int at) {
        return switch (program[at]) {
            case TERM -> 2;
            case AT_LEAST -> program[at + 3];
            default -> 1;
        };
    }

    /**
     * The query's requirement. Within a disjunction over a word's analysed fields ({@code anyField}), a term is asked of the
     * article as a whole, whatever its field: the twelve alternatives of a word come down to the three or four distinct terms
     * its analysis chains make of it, and this, kept for every subscription, takes a quarter of the memory.
     */
    private static Node node(Query query, boolean anyField) {
        return switch (query) {
            case TermQuery term -> Node.term(term.getTerm(), anyField);
            case SpanTermQuery term -> Node.term(term.getTerm(), anyField);
            case PhraseQuery phrase -> phrase(phrase, anyField);
            case MultiPhraseQuery phrase -> Node.all(Arrays.stream(phrase.getTermArrays())
                .map(alternatives -> Node.atLeast(1, Arrays.stream(alternatives).map(term -> Node.term(term, anyField)).toList())).toList());
            case SynonymQuery synonyms -> Node.atLeast(1, synonyms.getTerms().stream().map(term -> Node.term(term, anyField)).toList());
            case SpanNearQuery near -> Node.all(Arrays.stream(near.getClauses()).map(clause -> node(clause, anyField)).toList());
            case SpanOrQuery any -> Node.atLeast(1, Arrays.stream(any.getClauses()).map(clause -> node(clause, anyField)).toList());
            case FieldDisjunction disjunction -> Node.atLeast(1, disjunction.disjuncts().stream().map(disjunct -> node(disjunct, true)).toList());
            case DisjunctionMaxQuery disjunction -> Node.atLeast(1, disjunction.getDisjuncts().stream().map(disjunct -> node(disjunct, anyField)).toList());
            case BooleanQuery bool -> bool(bool, anyField);
            case BoostQuery boost -> node(boost.getQuery(), anyField);
            case ConstantScoreQuery constant -> node(constant.getQuery(), anyField);
            case MatchNoDocsQuery none -> Node.NOTHING;
            default -> Node.ANYTHING; // a wildcard, everything, or a query this does not know: run it
        };
    }

    /**
     * Every word; without slop, also each word with the next at its distance, where that is near enough to be kept as a
     * pair (pairs are asked of the article as a whole, whatever their field).
     */
    private static Node phrase(PhraseQuery phrase, boolean anyField) {
        Term[] terms = phrase.getTerms();
        int[] positions = phrase.getPositions();
        List<Node> needed = new ArrayList<>();
        for (int i = 0; i < terms.length; i++) {
            needed.add(Node.term(terms[i], anyField));
            int distance = i + 1 < terms.length ? positions[i + 1] - positions[i] : 0;
            if (phrase.getSlop() == 0 && distance >= 1 && distance <= ArticleTerms.PAIR_DISTANCE) {
                needed.add(Node.hash(ArticleTerms.pair(ArticleTerms.term(terms[i].bytes()), distance, ArticleTerms.term(terms[i + 1].bytes()))));
            }
        }
        return Node.all(needed);
    }

    /** The required clauses and enough of the optional ones; an excluded clause is left to the query. */
    private static Node bool(BooleanQuery bool, boolean anyField) {
        List<Node> required = new ArrayList<>();
        List<Node> optional = new ArrayList<>();
        for (BooleanClause clause : bool.clauses()) {
            switch (clause.occur()) {
                case MUST, FILTER -> required.add(node(clause.query(), anyField));
                case SHOULD -> optional.add(node(clause.query(), anyField));
                case MUST_NOT -> { }
            }
        }
        int optionalNeeded = required.isEmpty() ? Math.max(1, bool.getMinimumNumberShouldMatch()) : bool.getMinimumNumberShouldMatch();
        if (required.isEmpty() && optional.isEmpty()) {
            return Node.ANYTHING; // only exclusions: Lucene matches nothing, but that is for the query to say
        }
        if (optionalNeeded > 0) {
            required.add(Node.atLeast(optionalNeeded, optional));
        }
        return Node.all(required);
    }

    /** A node while the requirement is built, simplified as it goes: what always holds is dropped from its parent. */
    private record Node(int op, int needed, List<Node> children, long hash) {

        static final Node ANYTHING = new Node(ANY, 0, List.of(), 0);
        static final Node NOTHING = new Node(NEVER, 0, List.of(), 0);

        static Node term(Term term, boolean anyField) {
            return hash(anyField ? ArticleTerms.term(term.bytes()) : ArticleTerms.term(ArticleTerms.fieldState(term.field()), term.bytes()));
        }

        static Node hash(long hash) {
            return new Node(TERM, 0, List.of(), hash);
        }

        static Node all(List<Node> children) {
            return atLeast(children.size(), children);
        }

        /** At least {@code needed} of the children; a part that holds whatever the article counts as found, one that never holds as missing. */
        static Node atLeast(int needed, List<Node> children) {
            // the same part twice counts once where one of them or all of them are needed (a word's fields that analyse alike)
            boolean distinct = needed == 1 || needed == children.size();
            List<Node> known = new ArrayList<>(children.size());
            int stillNeeded = needed;
            for (Node child : children) {
                if (child == ANYTHING) {
                    stillNeeded--;
                } else if (child == NOTHING) {
                    if (needed == children.size()) {
                        return NOTHING;
                    }
                } else if (!(distinct && known.contains(child))) {
                    known.add(child);
                }
            }
            if (stillNeeded <= 0) {
                return ANYTHING;
            }
            if (distinct) {
                stillNeeded = needed == 1 ? 1 : known.size(); // all of them: all the distinct ones left
            }
            if (stillNeeded > known.size()) {
                return NOTHING;
            }
            return known.size() == 1 ? known.get(0) : new Node(AT_LEAST, stillNeeded, known, 0);
        }

        void write(List<Integer> program, List<Long> hashes) {
            switch (op) {
                case TERM -> {
                    program.add(TERM);
                    program.add(hashes.size());
                    hashes.add(hash);
                }
                case AT_LEAST -> {
                    int start = program.size();
                    program.add(AT_LEAST);
                    program.add(needed);
                    program.add(children.size());
                    program.add(0); // the node's length, known once its children are written
                    children.forEach(child -> child.write(program, hashes));
                    program.set(start + 3, program.size() - start);
                }
                default -> program.add(op);
            }
        }
    }
}
