package io.marsad.enrichment.entity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Names that are also common words, and words that only look like names once folded (docs/entities.md). */
class CommonWordsTest {

    private static List<String> ids(String text, String language) {
        return EntityMatcherTest.MATCHER.find(text, language).stream().map(EntityMatcher.Mention::entityId).distinct().toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "وصلت التعزيزات إلى القاعدة الجوية",                  // the air base
        "قال إن الاستثناء لا يلغي القاعدة",                    // the rule
        "استهدف الحوثيون القاعدة الأمريكية في المنطقة",        // a militia named beside a base is no evidence
        "تجري الانتخابات في 12 نيسان المقبل",                   // April
        "نسبة الإنجاز في ميناء الفاو الكبير",                  // the Iraqi port
        "قال الحارس إن الأسد الأب يراقب الأشبال",              // the lion
        "المفاوضات بشأن صفقة مبادلة الأسرى",                   // an exchange
        "ناقش المجلس أمور الميزانية",                          // matters, not the Amur region
        "هنأ الرئيس المواطنين بعيد مبارك",                      // a blessed feast
        "حملة للكشف المبكر عن سرطان الصدر",                    // the chest
        "قال القاضي إن الشرع لا يجيز ذلك",                     // religious law
        "أكدت الطبيبة أن صحة الجنين جيدة",                      // the foetus: a name without the article never takes it
        "روت الجدة قصصاً للأحفاد",                             // the grandmother
        "ورفع المصلون الدعاء بأن يكون نصر الله قريباً",          // God's victory
        "إذا جاء نصر الله والفتح",                              // the Qur'an's sura al-Nasr
        "فاز الروائي الأردني إبراهيم نصر الله بالجائزة",         // another man of the same name
        "روى القرآن قصص بني إسرائيل مع موسى",                   // the Children of Israel, not the state
    })
    void aCommonWordWithoutEvidenceNamesNothing(String text) {
        List<String> found = ids(text, "ar");
        for (String id : List.of("person:hassan-nasrallah", "org:al-qaeda", "org:nissan", "org:fao", "person:bashar-al-assad", "org:mubadala", "place:amur-oblast",
            "person:hosni-mubarak", "person:muqtada-al-sadr", "person:ahmed-al-sharaa", "place:jenin", "place:jeddah", "country:IL")) {
            assertFalse(found.contains(id), id + " in " + text);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "ظهر زعيم القاعدة في تسجيل جديد | org:al-qaeda",                                // a word that introduces a group
        "قال عناصر القاعدة إنهم انسحبوا | org:al-qaeda",
        "حذرت منظمة الفاو من أزمة غذاء | org:fao",
        "وثقت أجهزة نظام الأسد الاعتقالات | person:bashar-al-assad",
        "بدأت سيارات نيسان الكهربائية تصل | org:nissan",
        "قتل قيادي في تنظيم القاعدة. وقال مسؤول إن القاعدة خططت لهجمات | org:al-qaeda", // named plainly elsewhere
        "دعا مقتدى الصدر أنصاره إلى التظاهر، وقال الصدر إن الحكومة فشلت | person:muqtada-al-sadr",
        "توفي حسني مبارك عام 2020، وحكم مبارك ثلاثين عاماً | person:hosni-mubarak",
        "اقتحم الجيش مخيم جنين فجر اليوم | place:jenin",
        "هبطت الطائرة في مطار جدة | place:jeddah",
        "وقعت شركة إلبيت عقداً جديداً | org:elbit-systems",
        "قال إبراهيم رئيسي إن إيران لن تتراجع، وأضاف رئيسي أن | person:ebrahim-raisi",
        "افتتح مهرجان البندقية السينمائي دورته | place:venice",
        "سيطر الجيش على مدينة تدمر الأثرية | place:palmyra",
        "وصل الرئيس إلى ماليه عاصمة جزر المالديف | place:male",
        "ألقى حسن نصر الله خطاباً، وقال نصر الله إن المقاومة مستعدة | person:hassan-nasrallah",
        "قال السيد نصر الله في كلمته إن الحزب لن يتراجع | person:hassan-nasrallah",
    })
    void withEvidenceTheCommonWordIsTheName(String text, String id) {
        assertTrue(ids(text, "ar").contains(id), text);
    }

    @Test
    void theEntityNamedPlainlyElsewhereMakesEveryMentionCount() {
        String text = "قتل قيادي في تنظيم القاعدة. وقال مسؤول إن القاعدة خططت لهجمات";
        assertEquals(2, EntityMatcherTest.MATCHER.find(text, "ar").stream().filter(m -> m.entityId().equals("org:al-qaeda")).count());
    }

    @Test
    void persianSpellingsAreNotArabicAdjectives() {
        // روسیه (Russia in Persian) folds to the Arabic feminine adjective روسية "Russian"
        assertFalse(ids("أعلنت الحكومة الروسية والقوات التركية والإدارة السورية", "ar").contains("country:RU"));
        assertFalse(ids("أعلنت الحكومة الروسية والقوات التركية والإدارة السورية", "ar").contains("country:TR"));
        assertTrue(ids("دولت روسیه و ترکیه اعلام کرد", "fa").containsAll(List.of("country:RU", "country:TR")));
        assertTrue(ids("دولت روسیه اعلام کرد", null).contains("country:RU"), "language unknown: every spelling");
    }

    @Test
    void aDefiniteFeminineAdjectiveIsNotANameWithoutTheArticle() {
        assertFalse(ids("قالت وزارة المالية إنها ستصدر سندات", "ar").contains("place:male"));
    }

    @Test
    void persianTextHasNoArabicProcliticsAndNoPersonOneEditAway() {
        assertFalse(ids("این شمارش لزوما با شمردن اعداد نیست", "fa").contains("person:jacob-zuma"), "لزوما: necessarily");
        assertFalse(ids("از آنجایی که کلامی آتشین داشت", "fa").contains("person:david-lammy"), "کلامی: a word");
        assertFalse(ids("رضاخان در محله سنگلج خانه‌ای اجاره نمود", "fa").contains("person:ali-khamenei"), "خانه‌ای: a house");
        assertTrue(ids("آیت‌الله خامنه‌ای در دیدار با مسئولان گفت", "fa").contains("person:ali-khamenei"));
        assertTrue(ids("اما دادگستری کالیفرنیا همچنان خواهان محاکمه بود", "fa").contains("place:us-california"),
            "a region's name one edit from the tables' spelling");
        assertTrue(ids("قال الوزير إن لإيران حقاً في ذلك", "ar").contains("country:IR"), "Arabic keeps its proclitics");
    }

    @Test
    void aMarkInThePersianColumnCountsInPersianText() {
        // مالی is "financial" in Persian; Arabic news names Mali bare (في مالي)
        assertFalse(ids("هنری دریانورد پشتیبان مالی دیاس بود", "fa").contains("country:ML"));
        assertTrue(ids("نیروهای فرانسوی در کشور مالی مستقر شدند", "fa").contains("country:ML"), "کشور: a word for a country");
        assertTrue(ids("تبنى تنظيم هجوماً على دورية عسكرية في مالي", "ar").contains("country:ML"));
        assertTrue(ids("انسحبت القوات من مالي، وقال المجلس العسكري في باماكو", null).contains("country:ML"),
            "language unknown: the Persian mark holds, and the capital named is evidence for its country");
    }

    @Test
    void aProvinceNamedAfterACountryIsTheProvince() {
        assertEquals(List.of("place:east-azerbaijan"), ids("بنیان‌آباد یکی از روستاهای استان آذربایجان شرقی است", "fa"));
    }

    @Test
    void arabicNamesMatchOnlyAsWrittenNotOneEditAway() {
        // الجديدة "the new" is one letter from الحديدة (Hodeidah), الداخلية "the interior" from الداخلة (Dakhla)
        assertFalse(ids("افتتح الطريق الجديدة وقالت وزارة الداخلية", "ar").contains("place:hodeidah"));
        assertFalse(ids("افتتح الطريق الجديدة وقالت وزارة الداخلية", "ar").contains("place:dakhla"));
        assertTrue(ids("قصف ميناء الحديدة", "ar").contains("place:hodeidah"));
        assertTrue(ids("فوستوتشني", "ar").contains("place:vostochny-cosmodrome"), "transliterations still match one edit away");
    }

    @Test
    void aNameThatIsACommonWordIsShownUnmarkedAndMatchedWithEvidence() throws Exception {
        // Homs: حمص is also chickpeas; the name stays حمص, and the marked spelling joins the aliases
        Entity homs = EntityTable.parse("place:x\tlocation\tX\t~حمص\t\t\t\t");
        assertEquals("حمص", homs.names().get("ar"));
        assertEquals(List.of("~حمص"), homs.aliases().get("ar"));
        assertEquals(homs, EntityTable.read(new BufferedReader(new StringReader(EntityTable.format(homs) + "\n")), "test.tsv").get(0));
        Entity marked = EntityTable.parse("org:x\torganization\tX\tتنظيم إكس|~إكس\t\t\t\t");
        assertEquals(List.of("~إكس"), marked.aliases().get("ar"));
        assertTrue(ids("قصف استهدف أحياء في مدينة حمص", "ar").contains("place:homs"), "a word that introduces a place");
        assertTrue(ids("قال ناشطون إن حمص تعرضت لقصف، وإن الوضع في سوريا يتدهور", "ar").contains("place:homs"), "the place's country named");
        assertFalse(ids("ارتفع سعر الحمص وطبق حمص بالطحينة", "ar").contains("place:homs"));
        assertFalse(ids("نسبة الإنجاز في ميناء الفاو الكبير", "ar").contains("org:fao"), "a word that introduces a place is no evidence for an organisation");
    }

    @Test
    void aCountrysNameIsItsCapitalAfterAWordForACitysParts() {
        assertEquals(List.of("place:algiers"), ids("استقبل المشجعون المنتخب في مطار الجزائر", "ar"));
        assertEquals(List.of("country:DZ"), ids("قالت الجزائر إنها سترسل وفداً", "ar"));
        assertEquals(List.of("country:DZ"), ids("أمطار غزيرة في شمال الجزائر", "ar"), "a direction is said of countries too");
    }

    @Test
    void namesInSetPhrasesOfTheLanguageAreCommonWords() {
        assertFalse(ids("قال الوزير إنه مصر على موقفه", "ar").contains("country:EG"));
        assertTrue(ids("قالت مصر إنها سترسل وفداً", "ar").contains("country:EG"));
        assertFalse(ids("وعد الخطيب الصابرين بجنات عدن", "ar").contains("place:aden"));
        assertTrue(ids("وصلت سفينة إلى ميناء عدن", "ar").contains("place:aden"));
        assertFalse(ids("تسعى الحملة إلى النيل من سمعته", "ar").contains("place:nile"), "النيل من: to undermine");
        assertTrue(ids("ارتفع منسوب النيل هذا العام", "ar").contains("place:nile"));
        assertFalse(ids("عاد إلى مسقط رأسه بعد غياب طويل", "ar").contains("place:muscat"), "his birthplace");
        assertTrue(ids("وصل الوزير إلى مسقط أمس", "ar").contains("place:muscat"));
        assertFalse(ids("أصيب اللاعب بقطع في الرباط الصليبي", "ar").contains("place:rabat"), "the cruciate ligament");
        assertFalse(ids("وقف الحجاج على صعيد عرفات", "ar").contains("person:yasser-arafat"), "Mount Arafat");
        assertFalse(ids("ينتقل الحجاج بين منى وعرفات", "ar").contains("person:yasser-arafat"), "the pilgrimage's places");
        assertFalse(ids("تحدث إلى لفيف من الحضور", "ar").contains("place:lviv"), "a number of those present");
        assertTrue(ids("سقطت صواريخ على لفيف فجر اليوم", "ar").contains("place:lviv"));
        assertFalse(ids("اجتاحت سيول جارفة عدة قرى، وتسببت أمطار وسيول في إغلاق الطرق", "ar").contains("place:seoul"), "torrents");
        assertTrue(ids("أعربت سيول وواشنطن عن قلقهما", "ar").contains("place:seoul"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "وسرت شائعات عن استقالة المدير قبل إعلان النتائج | place:sirte",      // rumours spread
        "سرت حالة من القلق بين السكان | place:sirte",
        "اتهم المعارضة بأن لها مآرب سياسية من وراء الحملة | place:marib",     // aims
        "تابع الجمهور المباراة بكل حماس | org:hamas",                        // with all enthusiasm
        "أوضح أن نصف قطر الدائرة خمسة سنتيمترات | country:QA",              // a radius
        "تناول الأهالي الإفطار بعد أذان المغرب | country:MA",                // the sunset prayer
        "أدى المصلون صلاة المغرب في المسجد | country:MA",
        "عثر عليه ميتا في شقته | org:meta",                                  // found dead
        "قال إن الطفل ولد ميتا | org:meta",
        "اتهمت المنظمة المسلحين باستخدام السكان درعا بشريا | place:daraa",   // a human shield
        "توافد الحجاج إلى البقاع المقدسة | place:bekaa",                     // the holy places
        "وفي كل البقاع يحتفل الناس بالعيد | place:bekaa",
        "وبلغ قطر الفوهة مئة متر | country:QA",                             // a diameter
        "عاد الصيادون بعد أن اصطادوا صيدا وفيرا | place:sidon",              // a catch
        "تحدثت المعلمة مع الأطفال بالرقة والحنان | place:raqqa",             // tenderness
        "أطلقت الوزارة حملة لمكافحة سوسة النخيل الحمراء | place:sousse",     // the palm weevil
        "تحدث الخطيب عن سيرة إبراهيم الخليل | place:hebron",                 // Abraham
        "وأضاف أن للحملة مآرب انتخابية | place:marib",                        // aims: a hamza Marib's spelling has not
        "قال إن فأس الحطاب كانت ثقيلة | place:fez",                          // an axe, not فاس
        "تفقد المحافظ مدرسة الشهيد أحمد الثانوية بنين | country:BJ",          // a boys' school
        "أعلنت نتائج مدارس بنين وبنات | country:BJ",
        "نصح الأطباء بشرب كوبا من الماء | country:CU",                      // a cup
        "تربط القناة البحرين الأحمر والمتوسط | country:BH",                  // the two seas
        "قال الدكتور محمد أبو العلا إن الدراسة ستنشر | place:al-ula",         // a man's name
        "تحدث القس عن روح القدس | place:jerusalem",                          // the Holy Spirit
        "قال إن الخسارة تعز على الجميع | place:taiz",                         // is dear to
        "تزينت الرياض العامة في المدينة بالأزهار | place:riyadh",              // the public gardens
        "تأهل المنتخب إلى نهائيات كأس أفريقيا | place:africa",               // the Africa Cup of Nations
    })
    void namesInTheSetPhrasesOfThirdRoundAreCommonWords(String text, String id) {
        assertFalse(ids(text, "ar").contains(id), text);
    }

    @Test
    void financialIsNotMaliWhereMaliIsNamedToo() {
        String text = "أحيل الموظف إلى التحقيق بتهمة فساد مالي وإداري، وطالب بدعم مالي. وقتل جنود في مالي";
        List<EntityMatcher.Mention> mali = EntityMatcherTest.MATCHER.find(text, "ar").stream().filter(m -> m.entityId().equals("country:ML")).toList();
        assertEquals(1, mali.size(), mali.toString());
        assertEquals(text.lastIndexOf("مالي"), mali.get(0).start());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "ودارت اشتباكات عنيفة في سرت الليبية | place:sirte",              // its country's adjective after it
        "سيطرت القوات على مأرب بعد معارك | place:marib",
        "قالت حماس إنها تدرس المقترح | org:hamas",
        "ووصل أمير قطر إلى الدوحة | country:QA",
        "زار الملك المغرب في جولة أفريقية | country:MA",
        "قالت ميتا، المالكة لفيسبوك، إنها ستطلق نظارات | org:meta",        // named plainly too
        "فتحت شركة ميتا تحقيقا | org:meta",
        "سيطرت القوات على مأرب بعد معارك | place:marib",                  // the city's hamza
        "احتشد المحتجون في مدينة فاس | place:fez",
        "هطلت أمطار على الخليل في الضفة الغربية | place:hebron",
        "قال إن كوبا ستستضيف القمة | country:CU",
        "وصل ملك البحرين إلى القاهرة | country:BH",
        "تجددت الاشتباكات في تعز | place:taiz",
        "فاز منتخب بنين على جزر القمر | country:BJ",
        "وصل الوزير إلى الرياض أمس | place:riyadh",
        "تتسع الصحراء في أفريقيا | place:africa",
        "قصف الطيران أحياء في درعا | place:daraa",
        "شنت إسرائيل غارات على البقاع | place:bekaa",
    })
    void outsideThoseSetPhrasesTheNamesStayNames(String text, String id) {
        assertTrue(ids(text, "ar").contains(id), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "طالبت الجمعية بتقديم دعم مالي عاجل للأسر | country:ML",            // financial
        "كشف التقرير عن عجز مالي كبير | country:ML",
        "استخدم المهاجمون غازا ساما | org:saudi-central-bank",              // toxic
        "حذر الخبراء من أن الدخان كان ساما للغاية | org:saudi-central-bank",
        "قالت إن الفتاة كانت سمراء البشرة | place:samara",                  // dark-skinned
        "وسرت في المدينة أنباء عن اتفاق | place:sirte",                      // spread
        "وسقط العامل من الطابق العاشر ميتا | org:meta",                      // dead
        "أعلنت ميتا عن نظارات جديدة | org:meta",                             // bare, with nothing else: not taken
        "نشرت الغارات الدمار في إدلب، وقال السكان إن القصف تدمر معه البيوت | place:palmyra", // a one-word name: a place of its country is no evidence
        "حققت القوات تقدما في المنطقة الشرقية من البلاد | place:eastern-province-saudi", // any country's east
    })
    void namesMarkedInTheThirdRoundNeedEvidence(String text, String id) {
        assertFalse(ids(text, "ar").contains(id), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "قتل عشرة جنود في هجوم في مالي | country:ML",                       // a preposition before a country's name
        "وصل الوزير إلى مالي أمس | country:ML",
        "قتل عشرة جنود في هجوم شمال مالي | country:ML",                     // a word that introduces a place
        "قالت ساما، البنك المركزي السعودي، إنها أبقت الفائدة | org:saudi-central-bank", // named plainly
        "أعلنت أرامكو اكتشافا في المنطقة الشرقية بالسعودية | place:eastern-province-saudi", // its country
        "وزار رئيس مالي العاصمة الروسية | country:ML",                      // a word that introduces a state
        "افتتح المعرض في الدمام عاصمة المنطقة الشرقية | place:eastern-province-saudi", // a place of its country, for a name of two words
    })
    void withEvidenceTheNamesMarkedInTheThirdRoundAreNames(String text, String id) {
        assertTrue(ids(text, "ar").contains(id), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "ارتفع الحد الأقصى للأجور هذا العام | place:al-aqsa-mosque",          // the maximum
        "أعلنت الشركة حالة القوة القاهرة في الميناء | place:cairo",           // force majeure
        "يرتدي المعطف الرمادي كل شتاء | place:ramadi",                        // grey
        "انقطع السلك الموصل للكهرباء | place:mosul",                          // the conducting wire
        "قال إن الطريق الأقصر إلى الحل هو الحوار | place:luxor",              // the shortest
        "وصف الرئيس السوداني الاتفاق بالتاريخي | person:mohammed-shia-al-sudani", // the Sudanese president
    })
    void aNameWithTheArticleAfterANounWithTheArticleIsItsAdjective(String text, String id) {
        assertFalse(ids(text, "ar").contains(id), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "اقتحم مستوطنون باحات الأقصى صباح اليوم | place:al-aqsa-mosque",        // a noun without the article before it
        "وصل الوفد إلى العاصمة القاهرة | place:cairo",                         // a word for a place
        "وصل الوفد إلى العاصمة المصرية القاهرة | place:cairo",                 // an adjective of origin
        "قال رئيس الوزراء العراقي السوداني إن الحكومة مستمرة | person:mohammed-shia-al-sudani",
        "التقى الفريق البرهان وفداً أممياً | person:abdel-fattah-al-burhan",    // a title
        "عقد المؤتمر في مدينة الرمادي | place:ramadi",
        "وقالت وكالة الأونروا إن الشاحنات عالقة | org:unrwa",                  // وكالة is not و + ك + الة
        "زار الوفد القاهرة، الإسكندرية والأقصر | place:alexandria",            // a comma between: not an adjective
    })
    void aNameInAppositionOrAfterAnIndefiniteNounStaysOne(String text, String id) {
        assertTrue(ids(text, "ar").contains(id), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Guinea pigs are popular pets. | country:GN",                 // a capital at the start of a sentence says nothing
        "They came home. Apple pie was served. | org:apple",
        "Chad Smith, a local farmer, said the crop was lost. | country:TD", // a first name before a surname
        "The award went to Georgia Smith of Atlanta. | country:GE",
        "The city has become a Mecca for start-ups. | place:mecca",  // a figure of speech
        "Members of the Orange Order marched. | org:orange",         // what the company is named after
        "Shell casings were found near the scene. | org:shell",
        "Le préfet Maurice Papon fut condamné en 1998. | country:MU", // Maurice, a man's first name in French, is Mauritius too
    })
    void aLatinNameThatIsAlsoACommonWordNeedsMoreThanTheCapitalOfASentence(String text, String id) {
        assertFalse(ids(text, text.contains(" fut ") ? "fr" : "en").contains(id), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Protests broke out in Guinea on Monday. | country:GN",      // a capital in mid-sentence
        "Guinea's junta promised elections. | country:GN",           // a possessive
        "Apple said it would build a factory. | org:apple",          // the subject of a verb of saying
        "Shares of Apple rose 2%. | org:apple",
        "Apple pie was served. Shares of Apple rose. | org:apple",   // named in mid-sentence elsewhere
        "Soldiers were killed in Chad near the border. | country:TD",
        "Talks in Georgia's capital ended. | country:GE",
        "Nice accueille le sommet en juin. | place:nice",             // not marked: French starts sentences with the city
        "Le Premier ministre de Maurice a démissionné le mardi. | country:MU",
        "Orange a annoncé une hausse de son chiffre d'affaires. | org:orange", // the subject of a French verb
        "Pilgrims arrived in Mecca for the hajj. | place:mecca",
    })
    void withTheCapitalsEvidenceTheLatinNameIsTheName(String text, String id) {
        assertTrue(ids(text, text.contains(" le ") || text.contains("é") ? "fr" : "en").contains(id), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "اجتمع مجلس الأمن القومي الأمريكي لبحث التطورات | org:un-security-council | ar",
        "قال رئيس مجلس الأمن الوطني إن الحدود مؤمنة | org:un-security-council | ar",
        "قالت الجامعة العربية المفتوحة إن التسجيل بدأ | org:arab-league | ar",
        "أعلن الاتحاد الأوروبي لكرة القدم موعد القرعة | org:european-union | ar",
        "The National Security Council met on Tuesday. | org:un-security-council | en",
        "The American Red Cross opened shelters in Florida. | org:icrc | en",        // a nationality's own society
        "افتتح الصليب الأحمر الأمريكي ملاجئ في فلوريدا | org:icrc | ar",
        "قال حزب العدالة والتنمية المغربي إنه سيشارك في الحكومة | org:akp | ar", // Morocco's PJD, Turkey's AKP's namesake
        "قال حزب الله العراقي إنه استهدف القاعدة | org:hezbollah | ar",
    })
    void aNameInsideAnotherBodysLongerNameNamesNothing(String text, String id, String language) {
        assertFalse(ids(text, language).contains(id), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "صوت مجلس الأمن الدولي على القرار | org:un-security-council | ar",
        "دعا مجلس الأمن إلى وقف إطلاق النار | org:un-security-council | ar",
        "عقدت الجامعة العربية قمة طارئة | org:arab-league | ar",
        "فرض الاتحاد الأوروبي عقوبات جديدة | org:european-union | ar",
        "The Security Council voted on the resolution. | org:un-security-council | en",
        "The International Red Cross visited the prison. | org:icrc | en",
        "قال الصليب الأحمر الدولي إنه زار السجن | org:icrc | ar",
        "وقال الهلال الأحمر الفلسطيني إن طواقمه نقلت الجرحى | org:red-crescent | ar", // the societies are this entity
        "قال حزب العدالة والتنمية التركي إنه سيطعن | org:akp | ar",        // its own country's adjective
        "قال حزب الله اللبناني إنه استهدف موقعا | org:hezbollah | ar",
        "قال حزب الشعب الجمهوري التركي إنه سيطعن في النتائج | org:chp | ar",
    })
    void theNameItselfStaysOne(String text, String id, String language) {
        assertTrue(ids(text, language).contains(id), text);
    }

    @Test
    void aWordWithTanwinIsNoName() {
        assertFalse(ids("عثر على الرجل ميتاً في شقته", "ar").contains("org:meta"), "ميتاً: dead");
        assertTrue(ids("أعلنت شركة ميتا عن نظارات جديدة", "ar").contains("org:meta"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "عاش في البيت مع والديه | org:elbit-systems",                 // إلبيت folds to البيت, "the house"
        "حصل على جائزة مالية كبيرة | place:male",                     // ماليه folds to مالية, "financial"
        "يعتبر النفط مصدر رئيسي للدخل | person:ebrahim-raisi",        // main
        "يعاني من مرض في العيون منذ سنوات | place:el-aaiun",          // the eyes
        "أطلق النار من البندقية على الحشد | place:venice",            // the rifle
        "تدمر الغارات المنازل فوق رؤوس ساكنيها | place:palmyra",      // destroys
    })
    void namesMarkedAsCommonWordsNeedEvidence(String text, String id) {
        assertFalse(ids(text, "ar").contains(id), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Того же мнения придерживается и министр. | country:TG",                  // "of that", at the start of a sentence
        "Делегация Восточного военного округа прибыла на учения. | place:vostochny-cosmodrome", // the adjective of another name
        "Обстрелы Восточной Украины продолжаются. | place:vostochny-cosmodrome",  // a feminine form is no form of the cosmodrome
        "Спектакль о царе Иване Грозном покажут в мае. | place:grozny",           // an epithet after a ruler's first name
        "Герцог Кентский открыл выставку. | person:isaac-herzog",                  // a duke
        "Елена Зеленская посетила школу в Киеве. | person:volodymyr-zelensky",     // his wife: the feminine form is another person
    })
    void russianNamesThatAreAlsoCommonWordsNeedEvidence(String text, String id) {
        assertFalse(ids(text, "ru").contains(id), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Того заявило о закрытии границы. | country:TG",                         // a verb of saying after it
        "Переговоры прошли в столице Того. | country:TG",                        // a capital in mid-sentence
        "Ракету запустили с Восточного в пятницу. | place:vostochny-cosmodrome", // followed by a preposition
        "На Восточном завершили сборку ракеты. | place:vostochny-cosmodrome",    // followed by a verb
        "Митинг прошёл в Грозном в субботу. | place:grozny",
        "Президент Израиля Герцог призвал к единству. | person:isaac-herzog",
        "Зеленского поддержали союзники. | person:volodymyr-zelensky",           // the masculine forms stay
    })
    void russianNamesThatAreAlsoCommonWordsStayNames(String text, String id) {
        assertTrue(ids(text, "ru").contains(id), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Sucre : les cours mondiaux atteignent un sommet. | place:sucre | fr | false",        // sugar
        "La capitale constitutionnelle de la Bolivie reste Sucre. | place:sucre | fr | true",
        "Florence Parly a présenté la loi de programmation. | place:florence | fr | false",    // a first name before a surname
        "Florence Nightingale founded modern nursing. | place:florence | en | false",
        "Le sommet s'est tenu à Florence en mai. | place:florence | fr | true",
    })
    void frenchWordsAndFirstNamesThatAreAlsoPlaces(String text, String id, String language, boolean named) {
        assertEquals(named, ids(text, language).contains(id), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "أعلن مطار الإمام الخميني عن تأخير الرحلات | person:ruhollah-khomeini | ar | false",  // a title between the kind and the name
        "نقل المصابون إلى مستشفى الملك سلمان | person:king-salman | ar | false",
        "Passengers waited at Imam Khomeini International Airport. | person:ruhollah-khomeini | en | false", // qualifiers before the kind
        "The Mandela Prize was awarded to two activists. | person:nelson-mandela | en | false",
        "Une manifestation a eu lieu boulevard Nelson-Mandela. | person:nelson-mandela | fr | false",
        "Открылся новый участок проспекта имени Путина. | person:vladimir-putin | ru | false",
        "پروازهای فرودگاه امام خمینی لغو شد. | person:ruhollah-khomeini | fa | false",
        "Macron visited hospital staff in Lyon. | person:emmanuel-macron | en | true",           // a kind in lower case is no name's part
        "قال الملك سلمان إن المملكة ماضية في الإصلاحات | person:king-salman | ar | true",
        "Khomeini returned to Iran in 1979. | person:ruhollah-khomeini | en | true",
    })
    void aPersonInTheNameOfAPlaceNamedAfterThemIsNotMentioned(String text, String id, String language, boolean named) {
        assertEquals(named, ids(text, language).contains(id), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "أقيمت المباراة على ملعب الملك عبد الله الثاني في عمان | place:amman",  // the place's country named by its king
        "زار وزير خارجية الأردن عمان أمس | place:amman",
        "انطلقت في عمان أعمال المؤتمر | country:OM",                             // nothing else: the country
        "وقع وزيرا خارجية الأردن وعمان اتفاقا | country:OM",                   // in a list of countries
        "وصل السلطان هيثم بن طارق إلى عمان قادما من الرياض | country:OM",      // the country named otherwise, by its sultan
    })
    void aCountrysNameAnotherCountrysPlaceSharesIsTheCountryNamedAround(String text, String id) {
        assertTrue(ids(text, "ar").contains(id), text + " " + ids(text, "ar"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The USS Gerald R. Ford arrived in the eastern Mediterranean. | false",   // an initial before: a surname
        "Ontario Premier Doug Ford said the tariffs would hurt workers. | false", // a first name before
        "Doug Ford said the province would retaliate. | false",
        "Ford recalled 200,000 pickups over a brake defect. | true",              // the company's verb
        "Ford shares fell 3% in early trading. | true",                           // the company's noun
        "Shares of Ford rose after the earnings report. | true",
        "Carmaker Ford said it would cut jobs in Germany. | true",
    })
    void aCompanysNameThatIsAlsoASurname(String text, boolean named) {
        assertEquals(named, ids(text, "en").contains("org:ford"), text);
    }

    @Test
    void aTitlesLastWordIsNoFirstName() {
        assertTrue(ids("Jobs\nFord said it would cut jobs in Germany.", "en").contains("org:ford"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "نشست روز دوشنبه در تهران برگزار شد | place:dushanbe | false",             // Monday
        "سفیر در دوشنبه پایتخت تاجیکستان با وزیر دیدار کرد | place:dushanbe | true", // its country named
        "صدور چک برگشتی جرم است | country:CZ | false",                             // a cheque
        "دولت چک سفیر روسیه را احضار کرد | country:CZ | true",                       // a word for a state before it
        "سارق کیف پول مسافر را ربود | place:kyiv | false",                           // a bag
        "رئیس‌جمهور اوکراین در کیف سخنرانی کرد | place:kyiv | true",
        "فرمانده بسیج گفت نیروها آماده‌اند | org:basij | true",
        "بسیج منابع مالی ضروری است | org:basij | false",                            // mobilisation
        "ایران مصر است که تحریم‌ها باید لغو شوند | country:EG | false",             // insists that
        "قاهره پایتخت مصر است که جمعیت زیادی دارد | country:EG | true",             // the capital of Egypt, which…
        "قطر لوله ده سانتی‌متر است | country:QA | false",                            // the diameter
        "قطر میزبان مذاکرات بود | country:QA | true",
        "فروش نوشیدنی مالت افزایش یافت | country:MT | false",                        // malt
        "جزیره مالت مقصد گردشگران است | country:MT | true",
        "کرم ضد چین و چروک پوست فروخته شد | country:CN | false",                    // wrinkles
        "چین و ژاپن توافق تجاری امضا کردند | country:CN | true",                     // China and Japan
        "او حریف را با یک حرکت کیش و مات کرد | place:kish-island | false",            // checkmate
        "گردشگران به جزیره کیش و قشم سفر کردند | place:kish-island | true",
    })
    void persianNamesThatAreAlsoCommonWords(String text, String id, boolean named) {
        assertEquals(named, ids(text, "fa").contains(id), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "اشتباكات في طرابلس بين مجموعات مسلحة في شمال لبنان | place:tripoli-lebanon | ar", // Lebanon named, Libya not
        "وصل رئيس الحكومة الليبية إلى طرابلس | place:tripoli | ar",                         // nothing else: the capital
        "Clashes broke out in Tripoli, the largest city of northern Lebanon. | place:tripoli-lebanon | en",
        "Flights to Tripoli resumed, Libyan officials said. | place:tripoli | en",
    })
    void aNameTwoCountriesPlacesShareIsTheOneWhoseCountryIsNamed(String text, String id, String language) {
        assertTrue(ids(text, language).contains(id), text + " " + ids(text, language));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The dress worn by Melania Trump was auctioned. | person:donald-trump | false", // another given name
        "A judge sentenced Hunter Biden to probation. | person:joe-biden | false",
        "Donald Trump Jr. campaigned in Pennsylvania. | person:donald-trump | false",    // the junior
        "US President Donald Trump spoke. | person:donald-trump | true",                 // his own
        "Former President Trump said the talks had failed. | person:donald-trump | true", // a title
        "When Trump arrived, the crowd cheered. | person:donald-trump | true",           // a word of the sentence
        "Israeli Prime Minister Netanyahu spoke. | person:benjamin-netanyahu | true",
        "Biden Says Trump Will Lose | person:donald-trump | true",                       // a headline's capitals say nothing
        "Fire at the Petro-Chemical Complex near the port | person:gustavo-petro | false", // a hyphenated word, not the president
        "Colombian President Gustavo Petro spoke, and Petro-backed candidates won | person:gustavo-petro | true",
        "The senate rejected the reform, Petro said on Tuesday | person:gustavo-petro | true", // a capital in mid-sentence
    })
    void aSurnameAfterAnotherGivenNameIsAnotherPerson(String text, String id, boolean named) {
        assertEquals(named, ids(text, "en").contains(id), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "وزیر اعظم شہباز شریف نے کہا کہ پاکستان اور ایران کے تعلقات مضبوط ہیں۔ | country:PK | true", // the Persian column's spelling
        "کرنسی نوٹ فراہم کرنے والی وین کو حادثہ پیش آیا۔ | place:vienna | false",                    // a van
        "پرو فیسر صاحب نے طلبہ سے خطاب کیا۔ | country:PE | false",                                    // professor, in two words
        "مریض کئی دن سے بے چین تھا۔ | country:CN | false",                                            // restless
        "عراق اور شام میں لڑائی جاری ہے۔ | country:SY | true",                                         // evening, but in a list of countries
        "آج شام بارش کا امکان ہے۔ | country:SY | false",                                               // this evening
        "بلاول زرداری نے جلسے سے خطاب کیا۔ | person:asif-ali-zardari | false",                        // his son
        "بی بی صاحبہ نے مہمانوں کا استقبال کیا۔ | org:bp | false",                                     // a lady: a listed phrase of two words
        "رحم مادر میں جنین کی نشوونما ہوتی ہے۔ | place:jenin | false",                                // an embryo
        "سول سوسائٹی کے نمائندوں نے احتجاج کیا۔ | place:seoul | false",                               // civil
        "اسرائیلی فوج نے جنین کیمپ پر چھاپہ مارا۔ | place:jenin | true",                               // the camp: evidence
        "جمعیۃ علماء ہند نے اجلاس بلایا۔ | org:jamiat-ulama-e-hind | true",                            // the organisation, by its own name
        "جمعیۃ علماء ہند نے اجلاس بلایا۔ | country:IN | false",                                        // not India
        "للت مودی کو لندن میں دیکھا گیا۔ | person:narendra-modi | false",                              // Lalit Modi, another man
        "قرآن حکیم میں بنی اسرائیل کو مخاطب کیا گیا ہے۔ | country:IL | false",                          // the Children of Israel
        "اسرائیل نے غزہ پر حملے کیے۔ | country:IL | true",
    })
    void urduTextIsMatchedWithThePersianColumnAndItsOwnWords(String text, String id, boolean named) {
        assertEquals(named, ids(text, "ur").contains(id), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The film stars Sydney Sweeney and Glen Powell. | place:sydney | false",     // a given name
        "Tourists flocked to Paris for the holidays. | place:paris | true",
        "Paris Saint-Germain beat Marseille. | place:paris | false",                  // a club
        "Austin City Council approved the budget. | place:austin | true",              // a word the place's own name takes
        "Jordan King Abdullah met the envoy. | country:JO | true",                      // a title
        "Paris Hilton Attends Premiere In Paris | place:paris | true",                 // a headline says nothing
    })
    void aPlaceWhoseNameIsAGivenNameBeforeACapital(String text, String id, boolean named) {
        assertEquals(named, ids(text, "en").contains(id), text);
    }
}
