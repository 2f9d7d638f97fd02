package io.marsad.crawler.service;

import io.marsad.crawler.service.SourceService.SourceFields;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sources as OPML 2.0, the format feed readers exchange subscriptions in. A source is an outline
 * with {@code htmlUrl} holding one {@code type="rss"} outline per feed; Marsad's sitemaps and section
 * pages travel in {@code marsad:} attributes so an export imports back unchanged. On import, feeds
 * without a parent outline are grouped by their {@code htmlUrl}, or by their site's root.
 */
public final class Opml {

    public static final String MEDIA_TYPE = "text/x-opml";
    static final String MARSAD_NS = "https://marsad.dev/ns/opml";

    private Opml() {}

    public static String write(List<SourceFields> sources) {
        try {
            Document document = newBuilder().newDocument();
            Element opml = document.createElement("opml");
            opml.setAttribute("version", "2.0");
            opml.setAttribute("xmlns:marsad", MARSAD_NS);
            document.appendChild(opml);
            Element head = document.createElement("head");
            Element title = document.createElement("title");
            title.setTextContent("Marsad sources");
            head.appendChild(title);
            opml.appendChild(head);
            Element body = document.createElement("body");
            opml.appendChild(body);
            for (SourceFields source : sources) {
                Element outline = document.createElement("outline");
                outline.setAttribute("text", source.name());
                outline.setAttribute("title", source.name());
                outline.setAttribute("htmlUrl", source.homepage());
                setIfPresent(outline, "language", source.languageHint());
                setIfPresent(outline, "marsad:country", source.countryHint());
                setIfPresent(outline, "marsad:sitemaps", String.join(" ", source.sitemapUrls()));
                setIfPresent(outline, "marsad:sections", String.join(" ", source.sectionUrls()));
                setIfPresent(outline, "marsad:pollIntervalSeconds", source.pollIntervalSeconds() == null ? null : source.pollIntervalSeconds().toString());
                setIfPresent(outline, "marsad:minPollIntervalSeconds",
                    source.minPollIntervalSeconds() == null ? null : source.minPollIntervalSeconds().toString());
                setIfPresent(outline, "marsad:enabled", source.enabled() == null ? null : source.enabled().toString());
                for (String feed : source.feedUrls()) {
                    Element child = document.createElement("outline");
                    child.setAttribute("type", "rss");
                    child.setAttribute("text", source.name());
                    child.setAttribute("xmlUrl", feed);
                    child.setAttribute("htmlUrl", source.homepage());
                    outline.appendChild(child);
                }
                body.appendChild(outline);
            }
            Transformer transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toString();
        } catch (Exception e) {
            throw new IllegalStateException("cannot write OPML", e);
        }
    }

    /** Parses OPML; throws {@link IllegalArgumentException} with the parser's reason when it is not OPML. */
    public static List<SourceFields> read(byte[] xml) {
        Document document;
        try {
            document = newBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new IllegalArgumentException("not well-formed OPML: " + e.getMessage(), e);
        }
        if (!"opml".equals(document.getDocumentElement().getLocalName() == null ? document.getDocumentElement().getNodeName() : document.getDocumentElement().getLocalName())) {
            throw new IllegalArgumentException("not OPML: the root element is <" + document.getDocumentElement().getNodeName() + ">");
        }
        Map<String, Draft> byHomepage = new LinkedHashMap<>();
        NodeList outlines = document.getElementsByTagName("outline");
        for (int i = 0; i < outlines.getLength(); i++) {
            Element outline = (Element) outlines.item(i);
            String feed = outline.getAttribute("xmlUrl").trim();
            boolean describesSite = feed.isEmpty() && !outline.getAttribute("htmlUrl").isBlank();
            if (describesSite) {
                draft(byHomepage, outline.getAttribute("htmlUrl").trim(), outline).describe(outline);
            } else if (!feed.isEmpty()) {
                // A parent outline describes the site only if it has a page and no feed of its own; else it is a folder.
                Element parent = parentOutline(outline);
                Element site = parent != null && parent.getAttribute("xmlUrl").isBlank() && !parent.getAttribute("htmlUrl").isBlank() ? parent : null;
                String homepage = firstNonBlank(site == null ? "" : site.getAttribute("htmlUrl"), outline.getAttribute("htmlUrl"), siteRoot(feed));
                Draft draft = draft(byHomepage, homepage.trim(), site == null ? outline : site);
                if (!draft.feeds.contains(feed)) {
                    draft.feeds.add(feed);
                }
            }
        }
        return byHomepage.values().stream().map(Draft::toFields).toList();
    }

    private static Draft draft(Map<String, Draft> byHomepage, String homepage, Element naming) {
        return byHomepage.computeIfAbsent(homepage, h -> {
            Draft d = new Draft(h);
            d.name = firstNonBlank(naming.getAttribute("title"), naming.getAttribute("text"), hostOf(h));
            return d;
        });
    }

    private static Element parentOutline(Element outline) {
        Node parent = outline.getParentNode();
        return parent instanceof Element element && "outline".equals(element.getNodeName()) ? element : null;
    }

    private static String siteRoot(String url) {
        try {
            URI uri = URI.create(url);
            return uri.getScheme() + "://" + uri.getRawAuthority() + "/";
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    private static String hostOf(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? url : host;
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.trim();
            }
        }
        return "";
    }

    private static void setIfPresent(Element element, String name, String value) {
        if (value != null && !value.isBlank()) {
            element.setAttribute(name, value);
        }
    }

    /** A parser that reads no DTDs and resolves no entities: OPML files come from strangers. */
    private static DocumentBuilder newBuilder() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setNamespaceAware(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        return builder;
    }

    private static final class Draft {
        final String homepage;
        String name;
        final List<String> feeds = new ArrayList<>();
        List<String> sitemaps = List.of();
        List<String> sections = List.of();
        String language;
        String country;
        Integer pollInterval;
        Integer minPollInterval;
        Boolean enabled;

        Draft(String homepage) {
            this.homepage = homepage;
        }

        void describe(Element outline) {
            name = firstNonBlank(outline.getAttribute("title"), outline.getAttribute("text"), name);
            language = blankToNull(outline.getAttribute("language"));
            country = blankToNull(outline.getAttribute("marsad:country"));
            sitemaps = words(outline.getAttribute("marsad:sitemaps"));
            sections = words(outline.getAttribute("marsad:sections"));
            pollInterval = seconds(outline.getAttribute("marsad:pollIntervalSeconds"), pollInterval);
            minPollInterval = seconds(outline.getAttribute("marsad:minPollIntervalSeconds"), minPollInterval);
            String flag = outline.getAttribute("marsad:enabled");
            enabled = flag.isBlank() ? null : Boolean.parseBoolean(flag.trim());
        }

        SourceFields toFields() {
            return new SourceFields(name, homepage, List.copyOf(feeds), sitemaps, sections, language, country, pollInterval, minPollInterval, enabled);
        }

        private static Integer seconds(String attribute, Integer otherwise) {
            if (attribute.isBlank()) {
                return otherwise;
            }
            try {
                return Integer.parseInt(attribute.trim());
            } catch (NumberFormatException e) {
                return -1; // reported by validation as out of range
            }
        }

        private static List<String> words(String value) {
            return value == null || value.isBlank() ? List.of() : Arrays.asList(value.trim().split("\\s+"));
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.trim();
        }
    }
}
