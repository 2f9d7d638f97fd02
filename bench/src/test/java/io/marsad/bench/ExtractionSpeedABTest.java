package io.marsad.bench;

import io.marsad.crawler.extract.ArticleExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

class ExtractionSpeedABTest {

    @Test
    void twoBuildsAreTimedTurnAboutOnTheSetsPages(@TempDir Path set) throws Throwable {
        for (String page : new String[] {"first", "second"}) {
            Path directory = Files.createDirectories(set.resolve(page));
            String paragraph = "<p>The harbour of the town was widened in 1911, and its quay has not changed since then, say the people of the "
                + page + " page.</p>";
            Files.writeString(directory.resolve("source.html"), "<html><body><article><h1>A " + page + " story</h1>"
                + paragraph.repeat(4) + "</article></body></html>");
            Files.writeString(directory.resolve("expected.html"), "<div>" + paragraph.repeat(4) + "</div>");
        }
        // the build this bench was compiled against, as both A and B: its classes are loaded twice, once for each
        Path build = Path.of(ArticleExtractor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream standardOut = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            ExtractionSpeedAB.main(new String[] {build.toString(), build.toString(), "--rounds", "2", "--part", "all", set.toString()});
        } finally {
            System.setOut(standardOut);
        }
        String output = printed.toString(StandardCharsets.UTF_8);
        assertTrue(output.contains("round 2: A "), output);
        Matcher ratio = Pattern.compile("all rounds: 2 pages × 2, B is ([0-9.]+)× A's speed").matcher(output);
        assertTrue(ratio.find(), output);
        assertTrue(Double.parseDouble(ratio.group(1)) > 0, output);
    }
}
