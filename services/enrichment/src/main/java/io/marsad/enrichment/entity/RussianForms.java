package io.marsad.enrichment.entity;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The case forms of a Russian name word, from its nominative (lower case): Путин → путина,
 * путину, путиным, путине; Москва → москвы, москве, москву; Сирия → сирии; Зеленский →
 * зеленского; Белый дом → белом доме. Generating the forms of the knowledge base's names keeps
 * matching exact: a stemmer would also merge names that only look alike (Ханно and Ханой, Нигер
 * and Нигерия). Fleeting vowels (Египет → Египта) are not modelled: such forms go in the tables.
 */
final class RussianForms {

    private static final String SIBILANT_OR_VELAR = "гкхжшчщ";

    private RussianForms() {
    }

    static boolean isCyrillic(String word) {
        return !word.isEmpty() && Character.UnicodeBlock.of(word.charAt(0)) == Character.UnicodeBlock.CYRILLIC;
    }

    /** The word itself and, for a Cyrillic word, its case forms. */
    static Set<String> of(String word) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(word);
        if (!isCyrillic(word) || word.length() < 3) {
            return forms;
        }
        String stem1 = word.substring(0, word.length() - 1);
        String stem2 = word.substring(0, word.length() - 2);
        char last = word.charAt(word.length() - 1);
        if (word.endsWith("ий") || word.endsWith("ый") || word.endsWith("ой")) {
            // adjectival names (Зеленский, Навальный, Белый, Грозный), and nouns in -ой (Ханой) below; masculine
            // forms only: Зеленская is another person, and Восточной, Грозная the adjectives of other names or none
            for (String ending : new String[] {"ого", "ому", "им", "ым", "ом"}) {
                forms.add(stem2 + ending);
            }
        }
        if (word.endsWith("ая")) {
            forms.add(stem2 + "ой");
            forms.add(stem2 + "ую");
        } else if (word.endsWith("ия")) {
            for (String ending : new String[] {"и", "ю", "ей"}) {
                forms.add(stem1 + ending);
            }
        } else if (last == 'я') {
            for (String ending : new String[] {"и", "е", "ю", "ей"}) {
                forms.add(stem1 + ending);
            }
        } else if (last == 'а') {
            char before = word.charAt(word.length() - 2);
            forms.add(stem1 + (SIBILANT_OR_VELAR.indexOf(before) >= 0 ? "и" : "ы"));
            for (String ending : new String[] {"е", "у", "ой"}) {
                forms.add(stem1 + ending);
            }
        } else if (last == 'ы') {
            // plural names (талибы, хуситы): талибов, хуситам
            for (String ending : new String[] {"ов", "ам", "ами", "ах"}) {
                forms.add(stem1 + ending);
            }
        } else if (last == 'ь') {
            for (String ending : new String[] {"я", "ю", "ем", "е", "и"}) {
                forms.add(stem1 + ending);
            }
        } else if (last == 'й') {
            for (String ending : new String[] {"я", "ю", "ем", "е"}) {
                forms.add(stem1 + ending);
            }
        } else if ("оеиуюэыё".indexOf(last) < 0) {
            // a consonant: Путин, Кабул, Иран
            for (String ending : new String[] {"а", "у", "ом", "ым", "е"}) {
                forms.add(word + ending);
            }
        }
        return forms;
    }
}
