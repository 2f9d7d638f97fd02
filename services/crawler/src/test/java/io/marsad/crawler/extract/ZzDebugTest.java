package io.marsad.crawler.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

class ZzDebugTest {
    @Test
    void debug() throws Exception {
        byte[] html = Files.readAllBytes(Path.of("/tmp/p.html"));
        Document document = Jsoup.parse(new java.io.ByteArrayInputStream(html), CharsetSniffer.choose(html, null), "");
        PageMetadata metadata = MetadataReader.read(document, null);
        for (boolean lenient : new boolean[] {false, true}) {
            Element body = document.body().clone();
            Boilerplate.removeNonContent(body);
            PreloadedStories.cut(body, metadata.title());
            String needle = System.getProperty("needle", "Οι παρακάτω");
            System.out.println("after nonContent: " + body.text().contains(needle));
            System.out.println("lenient=" + lenient + " removedMost=" + Boilerplate.removeFurniture(body, lenient));
            System.out.println("after furniture: " + body.text().contains(needle));
            List<Element> found = MainContent.find(body);
            for (Element e : found) {
                System.out.println("FOUND <" + e.normalName() + " class=" + e.className() + " id=" + e.id() + "> len=" + e.text().length() + " :: " + e.text().substring(0, Math.min(200, e.text().length())));
            }
            List<String> ps = BodyText.paragraphs(found, metadata.title());
            System.out.println("paragraphs " + ps.size() + " " + ps.stream().mapToInt(String::length).sum());
            ps.stream().limit(5).forEach(p -> System.out.println("  P " + p.substring(0, Math.min(150, p.length()))));
        }
    }
}
