package io.marsad.crawler.extract;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The schema.org article object of a page's JSON-LD, tolerating the sloppy JSON pages often ship. */
final class JsonLd {

    private static final Set<String> ARTICLE_TYPES = Set.of(
        "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
        "backgroundnewsarticle", "reviewnewsarticle", "askpublicnewsarticle", "blogposting", "liveblogposting", "socialmediaposting", "report",
        "techarticle", "scholarlyarticle", "medicalscholarlyarticle", "satiricalarticle", "advertisercontentarticle");

    private static final Set<String> PAGE_TYPES = Set.of("webpage", "itempage", "aboutpage", "collectionpage", "faqpage", "qapage");

    private static final JsonMapper LENIENT = JsonMapper.builder()
        .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
            JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
        .enable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
        .build();

    private static final Selectors.Query BLOCKS = Selectors.onlyWhere(e -> e.nameIs("script"), "script[type=application/ld+json]");

    private JsonLd() {}

    /** The page's JSON-LD blocks, parsed once; a broken block says nothing, and the others may still be fine. */
    static List<JsonNode> blocks(Document document) {
        List<JsonNode> blocks = new ArrayList<>();
        for (Element script : Selectors.select(document, BLOCKS)) {
            try {
                blocks.add(LENIENT.readTree(script.data().trim()));
            } catch (Exception malformed) {
                // skipped
            }
        }
        return blocks;
    }

    /** The first article-typed object in any JSON-LD block, looking into arrays, {@code @graph} and {@code mainEntity}. */
    static Optional<JsonNode> article(List<JsonNode> blocks) {
        return first(blocks, ARTICLE_TYPES);
    }

    /**
     * The first web-page-typed object ({@code WebPage}, {@code AboutPage}…): where SEO plugins date a page that is not
     * typed as an article (Yoast's graph for a post of a custom type).
     */
    static Optional<JsonNode> webPage(List<JsonNode> blocks) {
        return first(blocks, PAGE_TYPES);
    }

    private static Optional<JsonNode> first(List<JsonNode> blocks, Set<String> types) {
        for (JsonNode root : blocks) {
            Optional<JsonNode> found = find(root, 0, types);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<JsonNode> find(JsonNode node, int depth, Set<String> types) {
        if (node == null || depth > 6) {
            return Optional.empty();
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                Optional<JsonNode> found = find(item, depth + 1, types);
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        }
        if (!node.isObject()) {
            return Optional.empty();
        }
        if (isOf(node, types)) {
            return Optional.of(node);
        }
        Optional<JsonNode> inGraph = find(node.get("@graph"), depth + 1, types);
        return inGraph.isPresent() ? inGraph : find(node.get("mainEntity"), depth + 1, types);
    }

    private static boolean isOf(JsonNode node, Set<String> types) {
        JsonNode type = node.get("@type");
        if (type == null) {
            return false;
        }
        for (String name : texts(type)) {
            if (types.contains(name.toLowerCase(Locale.ROOT).replaceFirst("^.*[/:]", ""))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Text values of a string, an array of strings, or objects with a {@code name} (authors, publishers) or a person's
     * {@code givenName} and {@code familyName}, with HTML entities decoded: a script's text is not HTML, so a browser
     * never decodes them, yet CMSs write their HTML-escaped strings there ("Code Kata&amp;#x3a; Formatting…", "Trump&amp;#8217;s"; an {@code articleBody} "&amp;lt;p&amp;gt;…").
     */
    static List<String> texts(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (node.isArray()) {
            node.forEach(item -> out.addAll(texts(item)));
        } else if (node.isObject()) {
            JsonNode name = node.get("name");
            if (name != null && name.isTextual()) {
                out.add(decoded(name.asText()));
            } else if (node.path("familyName").isTextual()) {
                // a Person given only by its parts (derstandard.at)
                out.add(decoded((node.path("givenName").asText("") + " " + node.path("familyName").asText()).trim()));
            }
        } else if (node.isValueNode()) {
            out.add(decoded(node.asText()));
        }
        out.removeIf(String::isEmpty);
        return out;
    }

    private static String decoded(String text) {
        return (text.indexOf('&') < 0 ? text : Parser.unescapeEntities(text, false)).trim();
    }

    static String text(JsonNode article, String field) {
        List<String> values = texts(article.get(field));
        return values.isEmpty() ? null : values.get(0);
    }

    /** {@code image} may be a URL, an ImageObject with {@code url}, or an array of either. */
    static String imageUrl(JsonNode article) {
        JsonNode image = article.get("image");
        if (image == null) {
            return null;
        }
        if (image.isArray() && !image.isEmpty()) {
            image = image.get(0);
        }
        if (image.isTextual()) {
            return image.asText();
        }
        JsonNode url = image.get("url");
        return url != null && url.isTextual() ? url.asText() : null;
    }
}
