package io.marsad.enrichment.entity;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether the words around a spelling that is also a common word say it names the entity: a word
 * that introduces an organisation, a company, a ruler or (for a place) a place right before it ("تنظيم القاعدة",
 * "زعيم القاعدة", "شركة نيسان", "نظام الأسد", "منظمة الفاو", "مدينة حمص", "مطار الخرطوم") or one
 * that qualifies it right after ("القاعدة الإرهابي"). The other evidence, the entity named plainly
 * elsewhere in the same article or a place's country named in it, is {@link EntityMatcher}'s. A
 * mere co-mention of a related organisation is not evidence: an article on a militia's strike on
 * an air base ("القاعدة الجوية") names the militia too.
 * <p>
 * Some names are common words in set phrases whatever the article says: مصر على ("insists on"),
 * جنات عدن ("the gardens of Eden"); {@link #setPhrase} tells them.
 */
final class CommonWordEvidence {

    /** Words (folded, proclitics off) that, right before a name, make it one. */
    private static final Set<String> BEFORE = folded(
        "تنظيم", "تنظيمي", "جماعة", "حركة", "زعيم", "زعماء", "قائد", "قادة", "أمير", "عناصر", "مسلحي", "مسلحو", "مقاتلي", "مقاتلو",
        "متشددي", "خلية", "خلايا", "فرع", "فروع", "شبكة", "شركة", "شركات", "مجموعة", "سيارات", "مصنع", "منظمة", "وكالة",
        "نظام", "حكم", "حكومة", "قوات", "عهد", "رئيس", "الرئيس", "عائلة", "الزعيم", "التيار", "أنصار",
        "السيد", // Lebanese and Iraqi news's title for a cleric or a leader: السيد نصر الله، السيد الصدر
        "group", "militants", "fighters", "leader", "leaders", "affiliate", "company", "firm", "regime", "president", "forces",
        "automaker", "carmaker",
        "groupe", "dirigeant", "société", "régime", "président",
        // Persian: government, commander, organisation, forces, president, prime minister, minister, ambassador, embassy, army, leader, company
        "دولت", "فرمانده", "فرماندهی", "سازمان", "نیروی", "نیروهای", "رئیس‌جمهور", "نخست‌وزیر", "وزیر", "سفیر", "سفارت", "ارتش",
        "رهبر", "شرکت");
    /** Words (folded, proclitics off) that, right before the name of a place, make it one. */
    private static final Set<String> BEFORE_PLACE = folded(
        "منطقة", "مقاطعة", "مدينة", "محافظة", "ريف", "بلدة", "مطار", "ميناء", "جامعة", "مخيم", "ولاية", "العاصمة", "أحياء",
        "شمال", "جنوب", "شرق", "غرب", "جزيرة", "مهرجان", "دولة", "جمهورية",
        "کشور", "شهر", "استان", "جزیره", "فرودگاه", "بندر", "پایتخت"); // Persian: country, city, province, island, airport, port, capital
    /** Words that, right before a name a country shares with its capital (الجزائر, Algeria and Algiers), make it the city. */
    private static final Set<String> BEFORE_CITY = folded("مدينة", "العاصمة", "مطار", "ميناء", "بلدية", "جامعة", "شوارع", "أحياء", "ضواحي");
    /** Titles and words for places that, with the article, stand before a name in apposition (الفريق البرهان، المدينة): the name stays one. */
    private static final Set<String> APPOSITION_HEADS = folded(
        "شيخ", "دكتور", "سيد", "سيدة", "جنرال", "فريق", "لواء", "عقيد", "مشير", "إمام", "أمير", "ملك", "وزير", "نائب",
        "مرشد", "حاكم", "رئيسة", "مستشار", "سفير", "عميد", "أستاذ", "مبعوث", "مدينة", "محافظة", "منطقة", "جزيرة", "إمارة");
    /** Words that, right after a name, make it one. */
    private static final Set<String> AFTER = folded(
        "الإرهابي", "الإرهابية", "المتطرف", "المتشدد", "المخلوع", "السابق", "موتور", "موتورز", "للسيارات", "للاستثمار",
        "پایتخت", // Persian: کیف پایتخت اوکراین
        "کیمپ", "شہر"); // Urdu, which puts them after the name: جنین کیمپ (the Jenin camp), کراچی شہر

    /** Names (folded) and the word right before or after them that makes the pair a set phrase of the language. */
    private static final Map<String, Set<String>> PHRASE_AFTER = Map.ofEntries(
        Map.entry(key("دوشنبه"), folded("گذشته", "آینده", "هفته", "شب", "صبح", "عصر", "ظهر")), // Persian: last Monday, next Monday
        Map.entry(key("مصر"), folded("على")),
        Map.entry(key("النيل"), folded("من", "منه", "منها", "منهم", "منهما")), // النيل من: to harm, to undermine
        Map.entry(key("مسقط"), folded("رأس", "رأسه", "رأسها", "رأسي", "رأسهم")), // مسقط رأسه: his birthplace
        Map.entry(key("الرباط"), folded("الصليبي")), // the cruciate ligament
        Map.entry(key("سيول"), folded("جارفة", "الأمطار", "وفيضانات", "وانهيارات")), // torrents: سيول جارفة, سيول الأمطار
        Map.entry(key("لفيف"), folded("من")), // لفيف من: a number of (people), not Lviv
        // سرت شائعات: rumours spread (the verb), not Sirte
        Map.entry(key("سرت"), folded("شائعات", "شائعة", "إشاعات", "إشاعة", "أنباء", "أخبار", "حالة", "موجة", "تكهنات", "أجواء", "مخاوف", "روح", "قشعريرة")),
        Map.entry(key("مأرب"), folded("أخرى", "سياسية", "شخصية", "خاصة", "خفية")), // مآرب أخرى: ulterior aims, not Marib
        Map.entry(key("حماس"), folded("كبير", "كبيرا", "شديد", "بالغ", "منقطع")), // enthusiasm
        Map.entry(key("درعا"), folded("بشريا", "واقيا", "حصينا", "منيعا", "لحماية")), // a (human) shield, not Daraa
        Map.entry(key("البقاع"), folded("المقدسة", "الطاهرة")), // the holy places, not the Bekaa
        Map.entry(key("قطر"), folded("الدائرة", "دائرة", "الفوهة", "الأنبوب", "الكرة", "الحفرة", // a diameter
            "لوله", "دایره", "دهانه", "تنه")), // and in Persian: of a pipe, a circle, an opening, a trunk (not آن, "that", which folds to Arabic أن)
        Map.entry(key("صيدا"), folded("وفيرا", "ثمينا", "سهلا", "سمينا")), // a catch, not Sidon
        Map.entry(key("الرقة"), folded("والحنان", "واللطف", "والعذوبة")), // tenderness, not Raqqa
        Map.entry(key("سوسة"), folded("النخيل")), // the (red) palm weevil, not Sousse
        Map.entry(key("بنين"), folded("وبنات")), // boys (and girls): schools, not Benin
        Map.entry(key("البحرين"), folded("الأحمر", "الأبيض", "المتوسط", "الأسود")), // the two seas, not Bahrain
        Map.entry(key("تعز"), folded("على", "علينا", "عليه", "عليها", "عليهم")), // تعز على: is dear to, not Taiz
        Map.entry(key("الرياض"), folded("العامة", "والحدائق")), // public gardens, not Riyadh
        Map.entry(key("مالي"), folded("وإداري", "واقتصادي", "وعسكري", "ولوجستي", "وفني", "ومعنوي", "وإنساني"))); // financial and…
    private static final Map<String, Set<String>> PHRASE_BEFORE = Map.ofEntries(
        Map.entry(key("دوشنبه"), folded("روز", "صبح", "عصر", "شب", "ظهر", "بامداد")), // Persian: (on) Monday, not Dushanbe
        Map.entry(key("چین"), folded("بے", "سکھ")), // Urdu: بے چین restless, سکھ چین peace and comfort; not China
        Map.entry(key("عدن"), folded("جنات", "جنة")),
        Map.entry(key("عرفات"), folded("جبل", "صعيد", "منى")), // Mount Arafat, the pilgrims' منى وعرفات: not Yasser Arafat
        Map.entry(key("سيول"), folded("أمطار", "فيضانات", "الأمطار")), // أمطار وسيول: rain and torrents
        Map.entry(key("حماس"), folded("بكل")), // بكل حماس: with all enthusiasm
        Map.entry(key("البقاع"), folded("كل", "شتى", "مختلف", "جميع")), // in all places of the earth
        Map.entry(key("الخليل"), folded("إبراهيم")), // Abraham, not Hebron
        Map.entry(key("القدس"), folded("روح")), // the Holy Spirit
        Map.entry(key("إسرائيل"), folded("بني", "بنو")), // بني إسرائيل, بنی اسرائیل: the Children of Israel of the scriptures, not the state
        // a continent's name in a competition's: كأس أفريقيا (and إفريقيا, folded alike) is the Africa Cup of Nations, not Africa
        Map.entry(key("أفريقيا"), folded("كأس")),
        Map.entry(key("آسيا"), folded("كأس")),
        Map.entry(key("أوروبا"), folded("كأس")),
        Map.entry(key("العلا"), folded("أبو", "أبي", "أبا")), // أبو العلا, a man's name, not AlUla
        Map.entry(key("بنين"), folded("الثانوية", "الإعدادية", "الابتدائية", "الأساسية", "الثانوي", "مدرسة", "مدارس")), // a boys' school
        Map.entry(key("كوبا"), folded("شرب", "يشرب", "تشرب", "اشرب", "تناول", "يتناول", "احتسى", "يحتسي", "احتساء")), // drinks a cup
        Map.entry(key("قطر"), folded("نصف")), // نصف قطر: a radius
        Map.entry(key("ميتا"), folded("عليه", "عليها", "ولد", "يولد", "ولدت", "سقط", "خر", "وجد", "وجدت", "وجدوه", "وجدته")), // عثر عليه ميتا: found dead
        Map.entry(key("المغرب"), folded("صلاة", "صلاتي", "أذان", "آذان", "قبيل")), // the sunset prayer, not Morocco
        // مالي after a noun it qualifies: financial (دعم مالي, فساد مالي), not Mali
        Map.entry(key("مالي"), folded("دعم", "عجز", "فائض", "فساد", "مبلغ", "وضع", "نظام", "تعويض", "استقرار", "عائد", "دخل", "تمويل",
            "مستشار", "خبير", "تقرير", "احتيال", "التزام", "حافز", "عبء", "مركز", "سوق", "أداء", "إصلاح", "ضمان", "مردود", "مكسب")));
    /**
     * Names of several words that the word right after or before makes another body's name: مجلس الأمن القومي and the
     * National Security Council are a state's, not the UN's; الجامعة العربية المفتوحة is a university, not the Arab League;
     * الاتحاد الأوروبي لكرة القدم is UEFA, not the EU.
     */
    private static final Map<String, Set<String>> LONGER_NAME_AFTER = Map.of(
        joinedKeys("مجلس الأمن"), folded("القومي", "الوطني", "الإقليمي"),
        joinedKeys("الجامعة العربية"), folded("المفتوحة", "الأمريكية", "الأميركية"),
        joinedKeys("الاتحاد الأوروبي"), folded("لكرة", "للكرة", "لألعاب", "للسباحة", "للإذاعة"));
    private static final Map<String, Set<String>> LONGER_NAME_BEFORE = Map.of(
        joinedKeys("Security Council"), folded("National"));

    /**
     * International bodies whose name, with a country's adjective after it or a nationality before it, is that
     * country's own society: الصليب الأحمر الأمريكي and the American Red Cross are not the ICRC.
     */
    private static final Set<String> NATIONAL_SOCIETIES_OF = Set.of(joinedKeys("الصليب الأحمر"), joinedKeys("Red Cross"));
    /** Capitalised words before such a name that do not make it a nationality's. */
    private static final Set<String> NOT_A_NATIONALITY = Set.of("the", "international", "a", "an");

    /** Prepositions that, right before a country's name, make it one: في مالي, إلى مالي, not دعم مالي "financial support". */
    private static final Set<String> PREPOSITIONS = folded("في", "إلى", "من", "عن", "مع", "بين", "لدى", "داخل", "خارج", "ضد", "نحو", "حول");

    private static final String ARTICLE = "ال";

    private CommonWordEvidence() {}

    /** Whether the word before the name at {@code at} names a city's parts or status (مطار الجزائر, العاصمة تونس). */
    static boolean cityWordBefore(List<String> keys, int at) {
        return wordBeforeIn(keys, at, BEFORE_CITY);
    }

    /** Whether the name of {@code length} words at {@code at} is part of another, longer name (مجلس الأمن القومي, National Security Council). */
    static boolean insideALongerName(List<String> keys, int at, int length) {
        for (String name : namesAt(keys, at, length)) {
            Set<String> after = LONGER_NAME_AFTER.get(name);
            if (after != null && at + length < keys.size() && after.contains(keys.get(at + length))) {
                return true;
            }
            Set<String> before = LONGER_NAME_BEFORE.get(name);
            if (before != null && at > 0 && before.contains(keys.get(at - 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the name of {@code length} words at {@code at} is an international body's made a country's own by the
     * adjective after it ({@code countryAdjectiveAfter}: الصليب الأحمر الأمريكي) or the capitalised word before it
     * ({@code capitalisedBefore}, in lower case or null: the American Red Cross). Both are asked only for such a name.
     */
    static boolean nationalSociety(List<String> keys, int at, int length, java.util.function.BooleanSupplier countryAdjectiveAfter,
                                   java.util.function.Supplier<String> capitalisedBefore) {
        if (namesAt(keys, at, length).stream().noneMatch(NATIONAL_SOCIETIES_OF::contains)) {
            return false;
        }
        String before = capitalisedBefore.get();
        return countryAdjectiveAfter.getAsBoolean() || before != null && !NOT_A_NATIONALITY.contains(before);
    }

    /** The name of several words at {@code at} as joined keys, with and without the proclitics of its first word; none for one word. */
    private static List<String> namesAt(List<String> keys, int at, int length) {
        if (length < 2) {
            return List.of();
        }
        String rest = " " + String.join(" ", keys.subList(at + 1, at + length));
        return MatchKeys.withoutProclitics(keys.get(at)).stream().map(first -> first + rest).toList();
    }

    /**
     * Names (folded) and two words right after them that make the three a set phrase: Persian مصر است که ("insists
     * that"), چین و چروک ("wrinkles", not China), کیش و مات ("checkmate", not Kish Island).
     */
    private static final Map<String, Set<String>> PHRASE_AFTER_TWO = Map.of(
        key("مصر"), Set.of(joinedKeys("است که"), joinedKeys("بود که"), joinedKeys("هستند که"), joinedKeys("بودند که"), joinedKeys("هستیم که")),
        key("چین"), Set.of(joinedKeys("و چروک"), joinedKeys("و چروک‌ها"), joinedKeys("و چروک‌های"), joinedKeys("و چروکی")),
        key("کیش"), Set.of(joinedKeys("و مات"), joinedKeys("و ماتش")));

    /** Whether the one-word name at {@code at} stands in a set phrase where it is a common word (مصر على, جنات عدن). */
    static boolean setPhrase(List<String> keys, int at) {
        Set<String> twoAfter = PHRASE_AFTER_TWO.get(keys.get(at));
        if (twoAfter != null && at + 2 < keys.size() && twoAfter.contains(keys.get(at + 1) + " " + keys.get(at + 2))
            && !wordBeforeIn(keys, at, BEFORE) && !wordBeforeIn(keys, at, BEFORE_PLACE)) {
            return true; // but پایتخت مصر است که…, "the capital of Egypt, which…"
        }
        for (String name : MatchKeys.withoutProclitics(keys.get(at))) {
            Set<String> after = PHRASE_AFTER.get(name);
            if (after != null && at + 1 < keys.size() && after.contains(keys.get(at + 1))) {
                return true;
            }
            Set<String> before = PHRASE_BEFORE.get(name);
            if (before != null && wordBeforeIn(keys, at, before)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the one-word name at {@code at}, written with the article and no proclitic, follows a
     * noun that has the article too: Arabic then reads it as that noun's adjective (الحد الأقصى "the
     * maximum", الشعر الرمادي "grey hair", القوة القاهرة "force majeure", السلك الموصل "the
     * conducting wire", الرئيس السوداني "the Sudanese president"), since a name that completes a
     * noun follows one without the article (مدينة الرمادي). Not after an adjective of origin, which
     * precedes names in apposition (العاصمة المصرية القاهرة, رئيس الوزراء العراقي السوداني), nor
     * after a title or a word for a place (الفريق البرهان, العاصمة القاهرة) — unless the name is
     * itself an adjective of origin ({@code origin}: السوداني from السودان), which after a title is
     * the title's (الرئيس السوداني, "the Sudanese president"). The caller leaves out countries, whose
     * names are their adjectives too (الحكومة السعودية is Saudi Arabia's).
     */
    static boolean adjectiveOfTheNounBefore(List<String> keys, int at, boolean origin) {
        if (at == 0 || !keys.get(at).startsWith(ARTICLE)) {
            return false;
        }
        boolean definiteBefore = false;
        String written = keys.get(at - 1);
        for (String before : MatchKeys.withoutProclitics(written)) {
            // a proclitic taken off a short word can leave a false article: وكالة → و + ك + الة
            int shortest = before.equals(written) ? 2 : 3;
            if (!before.startsWith(ARTICLE) || before.length() < ARTICLE.length() + shortest) {
                continue;
            }
            String noun = before.substring(ARTICLE.length());
            if (noun.endsWith("ي") || noun.endsWith("يه")) {
                return false;
            }
            if (!origin && (APPOSITION_HEADS.contains(noun) || BEFORE.contains(noun) || BEFORE.contains(before)
                || BEFORE_PLACE.contains(noun) || BEFORE_PLACE.contains(before) || BEFORE_CITY.contains(before))) {
                return false;
            }
            definiteBefore = true;
        }
        return definiteBefore;
    }

    /** Whether the word before {@code at}, with or without its proclitics, is one of {@code words}. */
    private static boolean wordBeforeIn(List<String> keys, int at, Set<String> words) {
        return at > 0 && MatchKeys.withoutProclitics(keys.get(at - 1)).stream().anyMatch(words::contains);
    }

    private static String joinedKeys(String name) {
        return String.join(" ", EntityMatcher.keys(name));
    }

    private static String key(String word) {
        return EntityMatcher.keys(word).get(0);
    }

    /**
     * Whether the word before the name at {@code at} (of {@code length} words) or the word after it is
     * evidence for a name of this type; for a country's name, a preposition before it is too (في مالي),
     * and a word that introduces a state (رئيس مالي, حكومة مالي).
     */
    static boolean around(List<String> keys, int at, int length, String type, boolean country) {
        if (wordBeforeIn(keys, at, type.equals("location") ? BEFORE_PLACE : BEFORE)
            || (country && (wordBeforeIn(keys, at, PREPOSITIONS) || wordBeforeIn(keys, at, BEFORE)))) { // في مالي, رئيس مالي
            return true;
        }
        int after = at + length;
        return after < keys.size() && MatchKeys.withoutProclitics(keys.get(after)).stream().anyMatch(AFTER::contains);
    }

    private static Set<String> folded(String... words) {
        return EntityMatcher.keysOfAll(List.of(words));
    }
}
