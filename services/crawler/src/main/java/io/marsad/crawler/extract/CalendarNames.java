package io.marsad.crawler.extract;

import java.text.DateFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** The names of months and weekdays, full and short, as the JDK's locale data writes them, lower-cased. */
final class CalendarNames {

    private CalendarNames() {}

    /** Each month's names in the languages, with the month's number (1–12). */
    static void months(List<String> languages, BiConsumer<String, Integer> each) {
        for (String language : languages) {
            DateFormatSymbols symbols = DateFormatSymbols.getInstance(Locale.of(language));
            for (String[] names : List.of(symbols.getMonths(), symbols.getShortMonths())) {
                for (int month = 0; month < 12; month++) {
                    if (!names[month].isEmpty()) {
                        each.accept(names[month].toLowerCase(Locale.ROOT), month + 1);
                    }
                }
            }
        }
    }

    /** The weekdays' names in the languages. */
    static void weekdays(List<String> languages, Consumer<String> each) {
        for (String language : languages) {
            DateFormatSymbols symbols = DateFormatSymbols.getInstance(Locale.of(language));
            for (String[] names : List.of(symbols.getWeekdays(), symbols.getShortWeekdays())) {
                for (String name : names) {
                    if (!name.isEmpty()) {
                        each.accept(name.toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
    }
}
