package io.marsad.local.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * What the demo newsroom publishes and when, on a grid of wall-clock times so that a restart
 * publishes the same articles at the same addresses (the crawler knows them already) rather than
 * the same texts again under new ones: a backlog over the three days before the start, on a
 * coarser grid (so timelines have a history), then one new article on each {@code every} of the
 * clock. Each article is drawn from its own time: its outlet, kind, headline and names. About one
 * English story in three is republished by the syndicating outlet 5 to 40 minutes later under
 * another headline.
 */
final class DemoSchedule {

    static final Duration HISTORY = Duration.ofDays(3);

    private DemoSchedule() {}

    static List<DemoArticle> of(Instant start, int backlog, int upcoming, Duration every, long seed) {
        List<Instant> times = new ArrayList<>();
        long step = Math.max(every.toSeconds(), HISTORY.toSeconds() / Math.max(1, backlog));
        long first = Math.floorDiv(start.getEpochSecond(), step) * step;
        for (int k = 0; k < backlog; k++) {
            times.add(Instant.ofEpochSecond(first - k * step));
        }
        long next = Math.floorDiv(start.getEpochSecond(), every.toSeconds()) * every.toSeconds();
        for (int k = 1; k <= upcoming; k++) {
            times.add(Instant.ofEpochSecond(next + k * every.toSeconds()));
        }
        List<DemoOutlet> originals = DemoOutlet.ALL.stream().filter(outlet -> outlet.syndicates() == null).toList();
        List<DemoArticle> articles = new ArrayList<>();
        for (Instant published : times) {
            long slot = published.getEpochSecond();
            Random random = new Random(seed ^ slot);
            DemoOutlet outlet = originals.get(random.nextInt(originals.size()));
            List<DemoStories.Kind> kinds = DemoStories.KINDS.get(outlet.language());
            DemoStories.Kind kind = kinds.get(random.nextInt(kinds.size()));
            long slots = seed * 1_000_003L + slot;
            String story = "demo-" + slot;
            int headlines = kind.headlines().size();
            int headline = random.nextInt(headlines);
            articles.add(article(outlet, kind, kind.headlines().get(headline), slots, published, story, slot));
            for (DemoOutlet syndicating : DemoOutlet.ALL) {
                if (outlet.slug().equals(syndicating.syndicates()) && random.nextInt(3) == 0) {
                    String another = kind.headlines().get((headline + 1 + random.nextInt(Math.max(1, headlines - 1))) % headlines);
                    articles.add(article(syndicating, kind, another, slots, published.plus(Duration.ofMinutes(5 + random.nextInt(36))), story, slot));
                }
            }
        }
        articles.sort(Comparator.comparing(DemoArticle::publishedAt).thenComparing(DemoArticle::slug));
        return List.copyOf(articles);
    }

    private static DemoArticle article(DemoOutlet outlet, DemoStories.Kind kind, String headline, long slots, Instant published, String story,
                                       long number) {
        String title = DemoStories.fill(headline, outlet.language(), slots);
        List<String> paragraphs = new ArrayList<>(kind.paragraphs().stream().map(paragraph -> DemoStories.fill(paragraph, outlet.language(), slots))
            .toList());
        // two asides of the article's own (the same in a syndicated copy, drawn from the same slots)
        List<String> asides = DemoStories.ASIDES.get(outlet.language());
        Random pick = new Random(slots);
        int first = pick.nextInt(asides.size());
        int second = (first + 1 + pick.nextInt(asides.size() - 1)) % asides.size();
        paragraphs.add(DemoStories.fill(asides.get(first), outlet.language(), slots + 1) + " "
            + DemoStories.fill(asides.get(second), outlet.language(), slots + 2));
        String section = outlet.sections().contains(kind.section()) ? kind.section() : outlet.sections().get(0);
        return new DemoArticle(outlet, "story-" + number, title, List.copyOf(paragraphs), section, kind.tags(), published, story);
    }
}
