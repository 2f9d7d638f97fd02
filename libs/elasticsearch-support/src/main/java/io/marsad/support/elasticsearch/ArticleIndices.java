package io.marsad.support.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marsad.text.ElasticsearchAnalysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
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
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy.MM");

    private ArticleIndices() {}

    /** The index of a month, e.g. {@code articles-2026.11}. */
    public static String indexOf(YearMonth month) {
        return "articles-" + month.format(MONTH);
    }

    /**
     * Installs the template (and adds new fields to existing indices: additive changes only),
     * creates the month's index if missing and moves the write alias to it, atomically.
     */
    public static String ensureWriteIndex(ElasticsearchClient client, int replicas, YearMonth month) throws IOException {
        String wanted = indexOf(month);
        String template = templateJson(replicas);
        client.indices().putIndexTemplate(t -> t.name(TEMPLATE).withJson(new StringReader(template)));
        String mappings = new ObjectMapper().readTree(template).path("template").path("mappings").toString();
        if (client.indices().exists(e -> e.index("articles-*").allowNoIndices(false)).value()) {
            client.indices().putMapping(m -> m.index("articles-*").withJson(new StringReader(mappings)));
        }
        if (!client.indices().exists(e -> e.index(wanted)).value()) {
            client.indices().create(c -> c.index(wanted));
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

    /** The template: the mappings resource with the analysis of libs/text and the given replicas. */
    public static String templateJson(int replicas) {
        String template;
        try (InputStream in = ArticleIndices.class.getResourceAsStream("/elasticsearch/articles-template.json")) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return template.replace("\"analysis\": \"REPLACED BY libs/text ElasticsearchAnalysis.settingsJson() at start\"",
            "\"number_of_replicas\": " + replicas + ",\n      \"analysis\": " + ElasticsearchAnalysis.settingsJson());
    }
}
