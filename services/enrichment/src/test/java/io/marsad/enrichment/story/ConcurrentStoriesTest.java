package io.marsad.enrichment.story;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Two indexing workers (or replicas) assigning stories at the same moment, each with a copy of the
 * same new article in its batch, on the real PostgreSQL: the copies join one story, as they would
 * one after the other.
 */
@QuarkusTest
class ConcurrentStoriesTest {

    @Inject
    StoryAssigner stories;

    @Test
    void copiesInBatchesAssignedAtOnceJoinOneStory() throws Exception {
        try (ExecutorService workers = Executors.newFixedThreadPool(2)) {
            for (int round = 0; round < 20; round++) {
                String text = article(round);
                String run = UUID.randomUUID().toString().substring(0, 8);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Map<String, String>>> batches = new ArrayList<>();
                for (String worker : List.of("a", "b")) {
                    // each batch: a copy of the shared article, and an article of its own
                    List<StoryAssigner.Body> batch = List.of(new StoryAssigner.Body(run + "-copy-" + worker, text),
                        new StoryAssigner.Body(run + "-own-" + worker, article(1000 + round * 2 + (worker.equals("a") ? 0 : 1))));
                    batches.add(workers.submit(() -> {
                        start.await();
                        return stories.assignAll(batch);
                    }));
                }
                start.countDown();
                String storyOfA = batches.get(0).get().get(run + "-copy-a");
                String storyOfB = batches.get(1).get().get(run + "-copy-b");
                assertEquals(storyOfA, storyOfB, "round " + round + ": the two copies make one story");
            }
        }
    }

    /** A distinct article of 40 words for each seed (shared by no other seed's). */
    private static String article(int seed) {
        StringBuilder text = new StringBuilder();
        java.util.Random random = new java.util.Random(seed);
        for (int i = 0; i < 40; i++) {
            text.append("word").append(seed).append('x').append(random.nextInt(500)).append(' ');
        }
        return text.toString();
    }
}
