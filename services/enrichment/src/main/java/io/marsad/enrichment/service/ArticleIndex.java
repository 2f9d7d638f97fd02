package io.marsad.enrichment.service;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.marsad.text.ElasticsearchAnalysis;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The article indices: an index template for {@code articles-*} (mappings from
 * {@code elasticsearch/articles-template.json}, analysis from libs/text), one index per month, the
 * read alias {@code articles} over all of them and the write alias {@code articles-write} on the
 * current month's. Created when missing; moving the write alias is atomic.
 */
@ApplicationScoped
public class ArticleIndex {

    public static final String READ_ALIAS = "articles";
    public static final String WRITE_ALIAS = "articles-write";
    static final String TEMPLATE = "marsad-articles";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy.MM");

    private final ElasticsearchClient client;
    private final IndexConfig config;
    private final AtomicReference<String> writeIndex = new AtomicReference<>();

    ArticleIndex(ElasticsearchClient client, IndexConfig config) {
        this.client = client;
        this.config = config;
    }

    /** The current month's index, behind the write alias; template and index created if missing. */
    public synchronized String ensureWriteIndex() throws IOException {
        String wanted = "articles-" + YearMonth.now(ZoneOffset.UTC).format(MONTH);
        if (wanted.equals(writeIndex.get())) {
            return wanted;
        }
        String template = templateJson();
        client.indices().putIndexTemplate(t -> t.name(TEMPLATE).withJson(new StringReader(template)));
        // Fields added to the template since an index was created are added to it too (additive changes only).
        String mappings = new com.fasterxml.jackson.databind.ObjectMapper().readTree(template).path("template").path("mappings").toString();
        if (client.indices().exists(e -> e.index("articles-*").allowNoIndices(false)).value()) {
            client.indices().putMapping(m -> m.index("articles-*").withJson(new StringReader(mappings)));
        }
        if (!client.indices().exists(e -> e.index(wanted)).value()) {
            client.indices().create(c -> c.index(wanted));
        }
        java.util.Set<String> holding = client.indices().existsAlias(e -> e.name(WRITE_ALIAS)).value()
            ? client.indices().getAlias(a -> a.name(WRITE_ALIAS)).aliases().keySet()
            : java.util.Set.of();
        client.indices().updateAliases(u -> {
            holding.stream().filter(index -> !index.equals(wanted))
                .forEach(old -> u.actions(a -> a.remove(r -> r.index(old).alias(WRITE_ALIAS))));
            return u.actions(a -> a.add(add -> add.index(wanted).alias(WRITE_ALIAS).isWriteIndex(true)));
        });
        writeIndex.set(wanted);
        return wanted;
    }

    /** The template: the mappings resource with the analysis of libs/text and the configured replicas. */
    String templateJson() {
        String template;
        try (InputStream in = ArticleIndex.class.getResourceAsStream("/elasticsearch/articles-template.json")) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return template
            .replace("\"analysis\": \"REPLACED BY libs/text ElasticsearchAnalysis.settingsJson() at start\"",
                "\"number_of_replicas\": " + config.replicas() + ",\n      \"analysis\": " + ElasticsearchAnalysis.settingsJson());
    }
}
