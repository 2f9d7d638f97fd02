package io.marsad.crawler.extract;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers what a pure function made of the class names it was asked about, up to a bound, then starts over: a page
 * repeats a few names on hundreds of elements, and the regular expressions that read them were a tenth of extraction's
 * time. Safe for the crawler's threads; the function must not return null.
 */
final class NameMemo<V> {

    private final Map<String, V> values = new ConcurrentHashMap<>();
    private final int capacity;
    private final Function<String, V> function;

    NameMemo(int capacity, Function<String, V> function) {
        this.capacity = capacity;
        this.function = function;
    }

    V get(String names) {
        V value = values.get(names);
        if (value == null) {
            value = function.apply(names);
            if (values.size() >= capacity) {
                values.clear(); // names of the pages read since are asked about again soon enough
            }
            values.put(names, value);
        }
        return value;
    }
}
