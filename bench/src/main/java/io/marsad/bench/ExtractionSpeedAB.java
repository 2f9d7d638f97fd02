package io.marsad.bench;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code ./marsad bench extraction-ab A_CLASSES B_CLASSES [--rounds N] [--part tune|report|all] DIR...}: how much faster
 * one build of the extractor is than another, both run in one JVM on the same pages, page by page turn about (which goes
 * first alternates). Each CLASSES is a build's {@code services/crawler/target/classes} (or its jar), e.g. of a
 * {@code git worktree} of the commit before a change. Run one after the other, two builds compared on this machine
 * differed by less than its speed swung between runs (up to 40%); turn about, both see the same swings. The first
 * warm-up pass also compares the two builds' articles (every field), and names the pages whose article differs: a change
 * made for speed alone must differ on none.
 */
public final class ExtractionSpeedAB {

    private static final int WARM_UP_PASSES = 3;
    private static final String EXTRACTOR = "io.marsad.crawler.extract.ArticleExtractor";

    private ExtractionSpeedAB() {}

    public static void main(String[] args) throws Throwable {
        List<Path> builds = new ArrayList<>();
        List<Path> directories = new ArrayList<>();
        int rounds = 5;
        String part = "report";
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--rounds") && i + 1 < args.length) {
                rounds = Integer.parseInt(args[++i]);
            } else if (args[i].equals("--part") && i + 1 < args.length) {
                part = args[++i];
            } else if (builds.size() < 2) {
                builds.add(Path.of(args[i]));
            } else {
                directories.add(Path.of(args[i]));
            }
        }
        if (directories.isEmpty() || rounds < 1 || !List.of("tune", "report", "all").contains(part)
            || !builds.stream().allMatch(ExtractionSpeedAB::isBuild)) {
            System.err.println("usage: marsad bench extraction-ab A_CLASSES B_CLASSES [--rounds N] [--part tune|report|all] DIR...\n"
                + "  (each CLASSES a build's services/crawler/target/classes, or its jar)");
            System.exit(2);
        }
        List<ExtractionQuality.Page> pages = new ArrayList<>();
        ExtractionQuality sets = new ExtractionQuality();
        for (Path directory : directories) {
            String wanted = part;
            sets.load(directory).stream().filter(page -> wanted.equals("all") || page.part().equals(wanted)).forEach(pages::add);
        }
        Build a = Build.of(builds.get(0));
        Build b = Build.of(builds.get(1));
        List<String> differing = new ArrayList<>();
        for (ExtractionQuality.Page page : pages) {
            if (!String.valueOf(a.article(page)).equals(String.valueOf(b.article(page)))) {
                differing.add(page.set() + "/" + page.id());
            }
        }
        System.out.printf(Locale.ROOT, "output: B's article differs from A's on %d of %d pages%s%n", differing.size(), pages.size(),
            differing.isEmpty() ? "" : ": " + String.join(", ", differing.subList(0, Math.min(20, differing.size())))
                + (differing.size() > 20 ? ", …" : ""));
        for (int pass = 1; pass < WARM_UP_PASSES; pass++) {
            for (ExtractionQuality.Page page : pages) {
                a.extract(page);
                b.extract(page);
            }
        }
        long totalA = 0;
        long totalB = 0;
        for (int round = 1; round <= rounds; round++) {
            long nanosA = 0;
            long nanosB = 0;
            for (int i = 0; i < pages.size(); i++) {
                ExtractionQuality.Page page = pages.get(i);
                boolean aFirst = i % 2 == 0;
                long first = (aFirst ? a : b).extract(page);
                long second = (aFirst ? b : a).extract(page);
                nanosA += aFirst ? first : second;
                nanosB += aFirst ? second : first;
            }
            totalA += nanosA;
            totalB += nanosB;
            System.out.printf(Locale.ROOT, "round %d: A %.1f pages/s, B %.1f pages/s, B is %.3f× A%n", round,
                pages.size() / (nanosA / 1e9), pages.size() / (nanosB / 1e9), (double) nanosA / nanosB);
        }
        System.out.printf(Locale.ROOT, "all rounds: %d pages × %d, B is %.3f× A's speed%n", pages.size(), rounds, (double) totalA / totalB);
        System.out.printf(Locale.ROOT, "bench-result: extraction-ab-speed-ratio=%.3f%n", (double) totalA / totalB);
    }

    private static boolean isBuild(Path classes) {
        return Files.isDirectory(classes) ? Files.isRegularFile(classes.resolve(EXTRACTOR.replace('.', '/') + ".class"))
            : Files.isRegularFile(classes) && classes.toString().endsWith(".jar");
    }

    /** One build's extractor, its classes loaded before the ones this bench was built with. */
    private record Build(Object extractor, MethodHandle extract) {
        static Build of(Path classes) throws ReflectiveOperationException, java.net.MalformedURLException {
            ClassLoader loader = new OwnClassesFirst(classes.toUri().toURL(), ExtractionSpeedAB.class.getClassLoader());
            Class<?> type = loader.loadClass(EXTRACTOR);
            MethodHandle extract = MethodHandles.publicLookup()
                .findVirtual(type, "extract", MethodType.methodType(loader.loadClass("io.marsad.crawler.extract.ExtractedArticle"),
                    byte[].class, String.class, String.class))
                .asType(MethodType.methodType(Object.class, Object.class, byte[].class, String.class, String.class));
            return new Build(type.getConstructor().newInstance(), extract);
        }

        /** The nanoseconds one extraction of the page took. */
        long extract(ExtractionQuality.Page page) {
            long start = System.nanoTime();
            article(page);
            return System.nanoTime() - start;
        }

        /** The page's article, a record whose text names every field. */
        Object article(ExtractionQuality.Page page) {
            try {
                Object article = (Object) extract.invokeExact(extractor, page.html(), (String) null, page.url());
                if (article == null) {
                    throw new IllegalStateException("no article for " + page.id());
                }
                return article;
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Marsad's crawler classes from the build's directory, everything else (jsoup, Jackson…) shared. */
    private static final class OwnClassesFirst extends URLClassLoader {
        OwnClassesFirst(URL classes, ClassLoader parent) {
            super(new URL[] {classes}, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith("io.marsad.crawler.")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    try {
                        loaded = findClass(name);
                    } catch (ClassNotFoundException notInThisBuild) {
                        return super.loadClass(name, resolve);
                    }
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }
    }
}
