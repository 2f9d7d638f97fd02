package io.marsad.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The CPU time the processes of a benchmark have used, by group (the service, Elasticsearch,
 * PostgreSQL), read from Linux's /proc: on a machine where all of them share two cores, where the
 * cores went says more than the throughput alone. A process that ends between two readings takes
 * its time with it, so groups are read when their processes are running (a connection pool's
 * PostgreSQL backends live as long as the pool).
 */
final class ProcessCpu {

    /** A group of processes: those whose command line contains {@code marker}. */
    record Group(String name, String marker) {}

    /** Linux's USER_HZ, the unit of /proc/[pid]/stat's times, 100 on every common kernel. */
    private static final double TICKS_PER_SECOND = 100.0;

    private final List<Group> groups;

    ProcessCpu(List<Group> groups) {
        this.groups = groups;
    }

    /** CPU seconds (user and system) used so far by each group's running processes; empty where /proc is missing. */
    Map<String, Double> seconds() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        groups.forEach(group -> seconds.put(group.name(), 0.0));
        Path proc = Path.of("/proc");
        if (!Files.isDirectory(proc)) {
            return Map.of();
        }
        try (Stream<Path> entries = Files.list(proc)) {
            entries.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).forEach(process -> {
                String commandLine = read(process.resolve("cmdline")).replace('\0', ' ');
                for (Group group : groups) {
                    if (commandLine.contains(group.marker())) {
                        seconds.merge(group.name(), cpuSeconds(read(process.resolve("stat"))), Double::sum);
                        break;
                    }
                }
            });
        } catch (IOException e) {
            return Map.of();
        }
        return seconds;
    }

    /** What each group used between two readings. */
    static Map<String, Double> between(Map<String, Double> before, Map<String, Double> after) {
        Map<String, Double> used = new LinkedHashMap<>();
        after.forEach((group, seconds) -> used.put(group, seconds - before.getOrDefault(group, 0.0)));
        return used;
    }

    private static double cpuSeconds(String stat) {
        if (stat.isEmpty()) {
            return 0;
        }
        // after the command name (in parentheses, which may hold spaces): state is field 3, utime 14, stime 15
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return ""; // the process ended meanwhile
        }
    }
}
