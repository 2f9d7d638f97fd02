package io.marsad.support.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.indices.get_mapping.IndexMappingRecord;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.marsad.text.ElasticsearchAnalysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The article indices, which enrichment writes and search reads: an index template for
 * {@code articles-*} (mappings from {@code elasticsearch/articles-template.json}, analysis from
 * libs/text), one index per month, the read alias {@code articles} over all of them and the write
 * alias {@code articles-write} on the current month's. The template is the two services' contract
 * on the index; docs/text-analysis.md lists its fields and their history.
 */
public final class ArticleIndices {

    public static final String READ_ALIAS = "articles";
    public static final String WRITE_ALIAS = "articles-write";
    public static final String TEMPLATE = "marsad-articles";
    /** The monthly indices, as the template's pattern names them. */
    public static final String ALL_MONTHS = "articles-*";
    /** The resource's refresh interval: how long an indexed article may take to be found by search (alerts do not wait for it). */
    public static final String DEFAULT_REFRESH_INTERVAL = "5s";
    private static final String MONTH_PREFIX = "articles-";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy.MM");
    /** Articles read and updated per request when old months get their language fields. */
    private static final int FILL_PAGE = 500;

    private ArticleIndices() {}

    /** The index of a month, e.g. {@code articles-2026.11}. */
    public static String indexOf(YearMonth month) {
        return MONTH_PREFIX + month.format(MONTH);
    }

    /** The month of a monthly index ({@code articles-2026.11}); empty for any other name. */
    public static Optional<YearMonth> monthOf(String index) {
        if (!index.startsWith(MONTH_PREFIX)) {
            return Optional.empty();
        }
        try {
            return Optional.of(YearMonth.parse(index.substring(MONTH_PREFIX.length()), MONTH));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** {@link #ensureWriteIndex(ElasticsearchClient, int, String, YearMonth)} with the template's own refresh interval. */
    public static String ensureWriteIndex(ElasticsearchClient client, int replicas, YearMonth month) throws IOException {
        return ensureWriteIndex(client, replicas, null, month);
    }

    /**
     * Installs the template (and adds new fields to existing indices: additive changes only),
     * creates the month's index if missing and moves the write alias to it, atomically. A refresh
     * interval (e.g. {@code 5s}; null for the template's) is also set on the month's index if it
     * exists already, so a changed setting holds from the next start, not from the next month.
     */
    public static String ensureWriteIndex(ElasticsearchClient client, int replicas, String refreshInterval, YearMonth month) throws IOException {
        String wanted = indexOf(month);
        String template = templateJson(replicas, refreshInterval);
        client.indices().putIndexTemplate(t -> t.name(TEMPLATE).withJson(new StringReader(template)));
        addMissingFields(client, new ObjectMapper().readTree(template).path("template").path("mappings").path("properties"));
        if (!client.indices().exists(e -> e.index(wanted)).value()) {
            client.indices().create(c -> c.index(wanted));
        } else if (refreshInterval != null) {
            client.indices().putSettings(p -> p.index(wanted).settings(i -> i.refreshInterval(t -> t.time(refreshInterval))));
        }
        Set<String> holding = client.indices().existsAlias(e -> e.name(WRITE_ALIAS)).value()
            ? client.indices().getAlias(a -> a.name(WRITE_ALIAS)).aliases().keySet()
            : Set.of();
        client.indices().updateAliases(u -> {
            holding.stream().filter(index -> !index.equals(wanted))
                .forEach(old -> u.actions(a -> a.remove(r -> r.index(old).alias(WRITE_ALIAS))));
            return u.actions(a -> a.add(add -> add.index(wanted).alias(WRITE_ALIAS).isWriteIndex(true)));
        });
        return wanted;
    }

    /**
     * Gives each existing article index the template's fields it lacks. Fields it has keep their
     * mapping even where the template's changed since (the body's highlighting offsets moved from
     * term vectors to the postings in December 2026): Elasticsearch refuses such a change on an
     * existing field, and both serve search alike.
     */
    private static void addMissingFields(ElasticsearchClient client, JsonNode properties) throws IOException {
        if (!client.indices().exists(e -> e.index(ALL_MONTHS).allowNoIndices(false)).value()) {
            return;
        }
        for (Map.Entry<String, IndexMappingRecord> index : client.indices().getMapping(g -> g.index(ALL_MONTHS)).mappings().entrySet()) {
            Set<String> present = index.getValue().mappings().properties().keySet();
            ObjectNode missing = JsonNodeFactory.instance.objectNode();
            properties.properties().stream().filter(field -> !present.contains(field.getKey()))
                .forEach(field -> missing.set(field.getKey(), field.getValue()));
            if (!missing.isEmpty()) {
                String body = JsonNodeFactory.instance.objectNode().set("properties", missing).toString();
                client.indices().putMapping(m -> m.index(index.getKey()).withJson(new StringReader(body)));
            }
        }
    }

    /**
     * Articles indexed before each language's analysis had fields of its own ({@code title_ar} …;
     * the text fields then had one sub-field per chain, {@code title.ar} …, on every article) get
     * their title and body copied under their language's fields, so that old months are found by
     * stemmed words again. Page by page with partial-document updates (core APIs only, no scripts):
     * an article that has its fields, or whose language has no chain, is not touched, so running it
     * again, or on two replicas at once, does no harm.
     *
     * @return how many articles were updated
     */
    public static long fillLanguageFields(ElasticsearchClient client) throws IOException {
        Query lacking = Query.of(q -> q.bool(b -> {
            b.filter(f -> f.terms(t -> t.field(ArticleFields.LANGUAGE)
                .terms(v -> v.value(ArticleFields.LANGUAGES.stream().map(FieldValue::of).toList()))));
            b.filter(f -> f.bool(any -> {
                ArticleFields.TEXT.forEach(text -> any.should(has -> has.exists(e -> e.field(text))));
                return any.minimumShouldMatch("1");
            }));
            for (String text : ArticleFields.TEXT) {
                ArticleFields.LANGUAGES.forEach(language ->
                    b.mustNot(n -> n.exists(e -> e.field(ArticleFields.inLanguage(text, language)))));
            }
            return b;
        }));
        long updated = 0;
        while (true) {
            SearchResponse<ArticleDocument> page = client.search(s -> s.index(READ_ALIAS).query(lacking).size(FILL_PAGE)
                .allowNoIndices(true).ignoreUnavailable(true)
                .source(src -> src.filter(f -> f.includes(ArticleFields.LANGUAGE, ArticleFields.TITLE, ArticleFields.BODY))), ArticleDocument.class);
            if (page.hits().hits().isEmpty()) {
                return updated;
            }
            BulkRequest.Builder bulk = new BulkRequest.Builder().refresh(Refresh.True);
            for (Hit<ArticleDocument> hit : page.hits().hits()) {
                Map<String, String> fields = hit.source().textInLanguage();
                bulk.operations(op -> op.update(u -> u.index(hit.index()).id(hit.id()).retryOnConflict(3).action(a -> a.doc(fields))));
            }
            BulkResponse response = client.bulk(bulk.build());
            int done = 0;
            for (BulkResponseItem item : response.items()) {
                if (item.error() == null) {
                    done++;
                } else if (item.status() != 404 && item.status() != 409) {
                    // 404, 409: gone or rewritten meanwhile, and a new version is written with the fields
                    throw new IOException("copying an article's text under its language's fields failed: " + item.id() + ": "
                        + item.error().type() + ": " + item.error().reason());
                }
            }
            if (done == 0) {
                return updated; // a page of nothing but conflicts: left for the next start rather than tried in a loop
            }
            updated += done;
        }
    }

    /** The template: the mappings resource with the analysis of libs/text and the given replicas. */
    public static String templateJson(int replicas) {
        return templateJson(replicas, null);
    }

    /** The template with the given replicas and refresh interval (null: the resource's). */
    public static String templateJson(int replicas, String refreshInterval) {
        String template;
        try (InputStream in = ArticleIndices.class.getResourceAsStream("/elasticsearch/articles-template.json")) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (refreshInterval != null) {
            if (!refreshInterval.matches("-1|\\d+(ms|s|m|h)")) {
                throw new IllegalArgumentException("a refresh interval is a number with ms, s, m or h, or -1: " + refreshInterval);
            }
            String resourceValue = "\"refresh_interval\": \"" + DEFAULT_REFRESH_INTERVAL + "\"";
            if (!template.contains(resourceValue)) {
                throw new IllegalStateException("the template resource no longer says " + resourceValue + ": update DEFAULT_REFRESH_INTERVAL");
            }
            template = template.replace(resourceValue, "\"refresh_interval\": \"" + refreshInterval + "\"");
        }
        return template.replace("\"analysis\": \"REPLACED BY libs/text ElasticsearchAnalysis.settingsJson() at start\"",
            "\"number_of_replicas\": " + replicas + ",\n      \"analysis\": " + ElasticsearchAnalysis.settingsJson());
    }
}
