package io.marsad.enrichment.entity;

import io.marsad.text.MarsadAnalyzers.Token;

import java.util.List;
import java.util.Set;

/**
 * Whether a person's name is part of the name of a place or thing named after them: an airport, a
 * hospital, a street, a prize (مطار الإمام الخميني, مستشفى الملك سلمان, Imam Khomeini Airport, King
 * Salman Hospital, boulevard Nelson-Mandela, проспект имени Путина, فرودگاه امام خمینی, the Mandela
 * Prize). News names such places daily, and a monitor on the person should not fire on every flight
 * from Tehran. Arabic, Persian, French and Russian write the kind of place first, English after the
 * name; titles (الإمام, King, имени короля) may stand between.
 */
final class NamedAfter {

    /** Kinds of places and things written before the name they bear. */
    private static final Set<String> KIND_BEFORE = keysOf(
        // Arabic
        "مطار", "مستشفى", "مستشفيات", "مستوصف", "ملعب", "استاد", "ستاد", "مدرسة", "مدارس", "ثانوية", "جامعة", "كلية", "معهد",
        "أكاديمية", "شارع", "طريق", "جسر", "ميدان", "ساحة", "دوار", "مسجد", "جامع", "قاعة", "قاعدة", "مركز", "مدينة", "حديقة",
        "متحف", "مكتبة", "مجمع", "برج", "ميناء", "محطة", "جائزة", "وسام", "قلادة", "مؤسسة", "صندوق", "كأس", "بطولة", "حاملة",
        // Persian
        "فرودگاه", "بیمارستان", "ورزشگاه", "دانشگاه", "خیابان", "بزرگراه", "بلوار", "میدان", "مسجد", "پل", "بندر", "جایزه",
        "بنیاد", "مدرسه", "حرم", "آرامگاه", "مرقد", "ایستگاه", "پایانه", "شهرک", "مجتمع", "تالار", "کتابخانه", "موزه", "بوستان",
        // French
        "aéroport", "hôpital", "stade", "université", "lycée", "collège", "école", "rue", "avenue", "boulevard", "place", "pont",
        "mosquée", "prix", "fondation", "centre", "salle", "base", "parc", "musée", "bibliothèque", "port", "gare", "institut",
        "quai", "allée", "square", "porte-avions",
        // English, for ships
        "uss", "hms");
    /** Russian kinds, in every case, and имени ("named after"). */
    private static final Set<String> RUSSIAN_KIND_BEFORE = russianKeysOf(
        "аэропорт", "больница", "госпиталь", "стадион", "университет", "улица", "проспект", "площадь", "мост", "мечеть", "премия",
        "фонд", "школа", "центр", "бульвар", "парк", "музей", "библиотека", "порт", "станция", "институт", "академия", "медаль",
        "орден", "авианосец", "имени"); // not "им.", which is also "them"
    /** Titles and words that may stand between the kind and the name: مطار الإمام الخميني, aéroport international Rafic-Hariri. */
    private static final Set<String> BETWEEN = keysOf(
        "الإمام", "الملك", "الملكة", "الأمير", "الأميرة", "الشيخ", "الشهيد", "الرئيس", "السلطان", "الراحل", "الزعيم", "الطائرات",
        "الدولي", "الدولية", "امام", "شهید", "آیت‌الله", "حضرت", "سردار", "بین‌المللی",
        "international", "internationale", "roi", "reine", "prince", "cheikh", "imam", "président", "émir", "sultan");
    private static final Set<String> RUSSIAN_BETWEEN = russianKeysOf("король", "имам", "шейх", "принц", "президент", "султан", "аятолла");
    /** Kinds of places and things English writes after the name they bear (King Salman Hospital, Mandela Day). */
    private static final Set<String> KIND_AFTER = keysOf(
        "airport", "hospital", "university", "stadium", "street", "avenue", "boulevard", "road", "bridge", "square", "mosque",
        "center", "centre", "hall", "base", "park", "museum", "library", "tower", "port", "station", "prize", "award", "medal",
        "foundation", "school", "college", "institute", "day", "highway", "causeway", "cup", "trophy", "arena", "complex", "city",
        "scholarship", "fellowship", "terminal", "building", "campus", "shrine", "mausoleum");
    /** Words English writes between the name and the kind: Imam Khomeini International Airport, King Salman Specialist Hospital. */
    private static final Set<String> QUALIFIERS_AFTER = keysOf(
        "international", "grand", "national", "memorial", "polytechnic", "specialist", "specialized", "royal", "military", "air",
        "naval", "space", "medical", "teaching", "general", "cancer", "children's", "peace", "sports", "olympic", "islamic",
        "science", "technology", "economic", "research", "presidential", "regional", "heart", "eye", "global");

    private NamedAfter() {
    }

    /** Whether the person's name at {@code at}, of {@code length} words, is part of the name of something named after them. */
    static boolean aPlaceOrThingNamedAfter(String source, List<Token> tokens, List<String> keys, int at, int length) {
        int before = at - 1;
        for (int skipped = 0; before >= 0 && skipped < 3 && isIn(keys.get(before), BETWEEN, RUSSIAN_BETWEEN); skipped++) {
            before--;
        }
        if (before >= 0 && before < at && isIn(keys.get(before), KIND_BEFORE, RUSSIAN_KIND_BEFORE)) {
            return true;
        }
        int after = at + length;
        for (int skipped = 0; after < keys.size() && skipped < 2 && QUALIFIERS_AFTER.contains(keys.get(after)); skipped++) {
            after++;
        }
        // the kind is part of the name, so written with a capital: not "Macron visited hospital"
        return after < keys.size() && KIND_AFTER.contains(keys.get(after)) && Character.isUpperCase(source.charAt(tokens.get(after).start()));
    }

    private static boolean isIn(String key, Set<String> words, Set<String> russianWords) {
        return russianWords.contains(key) || MatchKeys.withoutProclitics(key).stream().anyMatch(words::contains);
    }

    private static Set<String> keysOf(String... words) {
        return EntityMatcher.keysOfAll(List.of(words));
    }

    private static Set<String> russianKeysOf(String... words) {
        return EntityMatcher.keysOfAll(java.util.Arrays.stream(words).flatMap(word -> RussianForms.of(word).stream()).toList());
    }
}
