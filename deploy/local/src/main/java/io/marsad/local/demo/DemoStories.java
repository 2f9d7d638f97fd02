package io.marsad.local.demo;

import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The demo newsroom's stories, written for this project (fictional towns, companies and people; no
 * copied news text): a handful of kinds of harbour-town news in Arabic, English and French, each a
 * headline and paragraphs with slots ({@code {town}}, {@code {company}}, {@code {number}},
 * {@code {person}}) filled from fictional names, so that every article differs while a monitor on
 * "port" or "ميناء" finds many.
 */
final class DemoStories {

    private DemoStories() {}

    /** One kind of story in one language: headlines to choose from, paragraphs, section, tags. */
    record Kind(String section, List<String> headlines, List<String> paragraphs, List<String> tags) {}

    static final List<String> TOWNS_EN = List.of("Qadira", "Port Nawal", "Marsa Tamr", "Bayhan", "Ras Zahra");
    static final List<String> TOWNS_AR = List.of("قديرة", "ميناء نوال", "مرسى تمر", "بيحان", "رأس زهرة");
    static final List<String> TOWNS_FR = List.of("Qadira", "Port-Nawal", "Marsa Tamr", "Bayhan", "Ras Zahra");
    static final List<String> COMPANIES_EN = List.of("Nawras Shipping", "Gulfline Containers", "Sahil Logistics", "Blue Dhow Ferries");
    static final List<String> COMPANIES_AR = List.of("شركة نورس للشحن", "شركة خط الخليج للحاويات", "شركة الساحل للخدمات اللوجستية", "شركة الداو الأزرق للعبّارات");
    static final List<String> COMPANIES_FR = List.of("Nawras Shipping", "Gulfline Containers", "Sahil Logistique", "Blue Dhow Ferries");
    static final List<String> PEOPLE_EN = List.of("Harbour master Salma Idris", "Mayor Karim Haddad", "Union leader Youssef Amari");
    static final List<String> PEOPLE_AR = List.of("مديرة الميناء سلمى إدريس", "رئيس البلدية كريم حداد", "النقابي يوسف العماري");
    static final List<String> PEOPLE_FR = List.of("la capitaine de port Salma Idris", "le maire Karim Haddad", "le syndicaliste Youssef Amari");

    static final Map<String, List<Kind>> KINDS = Map.of(
        "en", List.of(
            new Kind("economy", List.of("{company} to expand container terminal at {town}", "{town} port expansion wins approval",
                "New berths planned as {company} bets on {town}"),
                List.of("{company} said on Monday it would add {number} berths to its container terminal at {town}, the largest investment in the port in a decade.",
                    "{person} told reporters the expansion would double the port's capacity and create hundreds of jobs in the town.",
                    "Work is due to begin next spring. Environmental groups have asked for a study of the effect on the bay's fishing grounds."),
                List.of("port", "shipping", "investment")),
            new Kind("local", List.of("Dock workers in {town} walk out over night shifts", "Strike halts loading at {town} port"),
                List.of("Loading stopped at {town} port on Tuesday as about {number} dock workers walked out in a dispute over night shifts.",
                    "{person} said talks with {company} had broken down after the company refused to cap the number of night shifts a month.",
                    "Ships waiting to berth were anchored outside the breakwater, and the port authority said it hoped to reopen within two days."),
                List.of("port", "strike", "labour")),
            new Kind("weather", List.of("Storm closes {town} harbour to shipping", "Gale warning keeps ferries in port at {town}"),
                List.of("The harbour at {town} was closed to shipping on Wednesday as a storm brought winds of up to {number} kilometres an hour.",
                    "{company} cancelled all crossings, and {person} urged fishermen to stay ashore until the warning is lifted.",
                    "Forecasters expect the wind to ease by the weekend."),
                List.of("weather", "port", "ferries")),
            new Kind("economy", List.of("Rail link to {town} port opens to freight", "First freight train reaches {town} docks"),
                List.of("The first freight train ran on the new rail link to the port of {town} on Thursday, carrying {number} containers inland.",
                    "{person} said the line would take hundreds of lorries a day off the coastal road.",
                    "{company} plans three trains a day by the summer."),
                List.of("rail", "port", "freight"))),
        "ar", List.of(
            new Kind("economy", List.of("{company} توسّع محطة الحاويات في {town}", "الموافقة على توسعة ميناء {town}",
                "أرصفة جديدة في {town} مع رهان {company} على الميناء"),
                List.of("أعلنت {company} يوم الاثنين أنها ستضيف {number} أرصفة إلى محطة الحاويات في ميناء {town}، في أكبر استثمار في الميناء منذ عقد.",
                    "وقالت {person} للصحفيين إن التوسعة ستضاعف طاقة الميناء وتوفر مئات الوظائف في المدينة.",
                    "ومن المقرر أن تبدأ الأعمال في الربيع المقبل، فيما طالبت جمعيات بيئية بدراسة أثرها على مصايد الخليج."),
                List.of("ميناء", "شحن", "استثمار")),
            new Kind("local", List.of("إضراب عمال الرصيف في {town} احتجاجًا على المناوبات الليلية", "توقف التحميل في ميناء {town} بسبب إضراب"),
                List.of("توقف التحميل في ميناء {town} يوم الثلاثاء بعد أن أضرب نحو {number} من عمال الرصيف احتجاجًا على المناوبات الليلية.",
                    "وقال {person} إن المفاوضات مع {company} انهارت بعد رفضها تحديد عدد المناوبات الليلية في الشهر.",
                    "ورست السفن المنتظرة خارج حاجز الأمواج، وأعربت سلطة الميناء عن أملها في استئناف العمل خلال يومين."),
                List.of("ميناء", "إضراب", "عمال")),
            new Kind("weather", List.of("عاصفة تغلق ميناء {town} أمام الملاحة", "تحذير من الرياح يبقي العبّارات في ميناء {town}"),
                List.of("أُغلق ميناء {town} أمام الملاحة يوم الأربعاء مع هبوب عاصفة بلغت سرعة رياحها {number} كيلومترًا في الساعة.",
                    "وألغت {company} جميع الرحلات، ودعت {person} الصيادين إلى البقاء على البر حتى رفع التحذير.",
                    "ويتوقع خبراء الأرصاد أن تهدأ الرياح بحلول نهاية الأسبوع."),
                List.of("طقس", "ميناء", "عبارات")),
            new Kind("economy", List.of("افتتاح خط السكة الحديدية إلى ميناء {town} للشحن", "أول قطار شحن يصل إلى أرصفة {town}"),
                List.of("سار أول قطار شحن على خط السكة الحديدية الجديد إلى ميناء {town} يوم الخميس حاملًا {number} حاوية إلى الداخل.",
                    "وقال {person} إن الخط سيخفف مئات الشاحنات يوميًا عن الطريق الساحلي.",
                    "وتعتزم {company} تسيير ثلاثة قطارات يوميًا بحلول الصيف."),
                List.of("سكك حديدية", "ميناء", "شحن"))),
        "fr", List.of(
            new Kind("economie", List.of("{company} va agrandir le terminal à conteneurs de {town}", "Feu vert pour l'extension du port de {town}"),
                List.of("{company} a annoncé lundi l'ajout de {number} postes à quai à son terminal à conteneurs de {town}, le plus gros investissement dans le port depuis dix ans.",
                    "Selon {person}, l'extension doublera la capacité du port et créera des centaines d'emplois dans la ville.",
                    "Les travaux doivent commencer au printemps. Des associations demandent une étude sur les zones de pêche de la baie."),
                List.of("port", "transport maritime", "investissement")),
            new Kind("local", List.of("Grève des dockers de {town} contre le travail de nuit", "Le chargement à l'arrêt au port de {town}"),
                List.of("Le chargement s'est arrêté mardi au port de {town}, où quelque {number} dockers ont cessé le travail à propos des équipes de nuit.",
                    "D'après {person}, les discussions avec {company} ont échoué après le refus de plafonner le nombre de nuits travaillées par mois.",
                    "Les navires en attente ont jeté l'ancre au large de la digue ; l'autorité portuaire espère une reprise d'ici deux jours."),
                List.of("port", "grève", "travail")),
            new Kind("meteo", List.of("Une tempête ferme le port de {town} à la navigation", "Avis de coup de vent : les ferries restent à quai à {town}"),
                List.of("Le port de {town} a été fermé à la navigation mercredi, la tempête apportant des rafales jusqu'à {number} km/h.",
                    "{company} a annulé toutes les traversées, et {person} a demandé aux pêcheurs de rester à terre jusqu'à la levée de l'alerte.",
                    "Les prévisionnistes attendent une accalmie pour le week-end."),
                List.of("météo", "port", "ferries"))));

    /**
     * Sentences any harbour story may end with: each article takes two of them, so that articles of
     * one kind differ in more than their names and are not mistaken for copies of one story.
     */
    static final Map<String, List<String>> ASIDES = Map.of(
        "en", List.of("Fishing boats in {town} have had a poor season, with catches down by a {number}th on last year, the cooperative said.",
            "The town council meets on Thursday to discuss parking near the fish market, a long-running complaint of residents.",
            "Tourism officials expect {number} cruise passengers this winter, most of them on day trips to the old souk.",
            "{company} reported higher fuel costs in its last quarterly results and warned of further increases.",
            "A new lighthouse keeper's museum opened last month in the restored customs house by the quay.",
            "Residents of the northern quarter have complained for years about lorries passing through narrow streets at night.",
            "The coast guard said it had carried out {number} rescues along this stretch of coast since January.",
            "Local schools plan an open day at the docks next month so that pupils can see how cargo is handled.",
            "The bay's water quality was rated good in the latest regional survey, published in September.",
            "Ferry timetables for the islands change every spring, when the summer service begins."),
        "ar", List.of("وقالت تعاونية الصيادين في {town} إن الموسم كان ضعيفًا وإن الصيد تراجع مقارنة بالعام الماضي.",
            "ويجتمع المجلس البلدي يوم الخميس لبحث مواقف السيارات قرب سوق السمك، وهي شكوى قديمة للسكان.",
            "ويتوقع مسؤولو السياحة وصول {number} من ركاب السفن السياحية هذا الشتاء، معظمهم في رحلات يومية إلى السوق القديم.",
            "وكانت {company} قد أعلنت في نتائجها الفصلية الأخيرة ارتفاع تكاليف الوقود وحذرت من زيادات أخرى.",
            "وافتُتح الشهر الماضي متحف لحارس المنارة في مبنى الجمارك القديم المرمم قرب الرصيف.",
            "ويشكو سكان الحي الشمالي منذ سنوات من مرور الشاحنات في الشوارع الضيقة ليلًا.",
            "وقال خفر السواحل إنه نفذ {number} عملية إنقاذ على هذا الجزء من الساحل منذ يناير.",
            "وتعتزم المدارس المحلية تنظيم يوم مفتوح في الأرصفة الشهر المقبل ليتعرف التلاميذ على مناولة البضائع.",
            "وصُنفت جودة مياه الخليج جيدة في أحدث مسح إقليمي نُشر في سبتمبر.",
            "وتتغير مواعيد العبارات إلى الجزر كل ربيع مع بدء الخدمة الصيفية."),
        "fr", List.of("Les pêcheurs de {town} ont connu une mauvaise saison, selon la coopérative, avec des prises en baisse sur un an.",
            "Le conseil municipal se réunit jeudi pour parler du stationnement près de la halle aux poissons, une vieille plainte des habitants.",
            "L'office du tourisme attend {number} croisiéristes cet hiver, surtout pour des excursions d'une journée au vieux souk.",
            "{company} a fait état de coûts de carburant en hausse lors de ses derniers résultats trimestriels.",
            "Un musée du gardien de phare a ouvert le mois dernier dans l'ancienne douane restaurée, près du quai.",
            "Les habitants du quartier nord se plaignent depuis des années des camions qui traversent les rues étroites la nuit.",
            "Les garde-côtes disent avoir mené {number} sauvetages sur cette portion de côte depuis janvier.",
            "Les écoles du secteur organisent le mois prochain une journée portes ouvertes sur les quais.",
            "La qualité de l'eau de la baie a été jugée bonne dans la dernière enquête régionale, publiée en septembre.",
            "Les horaires des ferries vers les îles changent chaque printemps, avec le début du service d'été."));

    /** The slot values of one article, drawn from its own random sequence so that every article differs. */
    static String fill(String template, String language, long seed) {
        List<String> towns = language.equals("ar") ? TOWNS_AR : language.equals("fr") ? TOWNS_FR : TOWNS_EN;
        List<String> companies = language.equals("ar") ? COMPANIES_AR : language.equals("fr") ? COMPANIES_FR : COMPANIES_EN;
        List<String> people = language.equals("ar") ? PEOPLE_AR : language.equals("fr") ? PEOPLE_FR : PEOPLE_EN;
        Random slots = new Random(seed);
        return template.replace("{town}", towns.get(slots.nextInt(towns.size())))
            .replace("{company}", companies.get(slots.nextInt(companies.size())))
            .replace("{person}", people.get(slots.nextInt(people.size())))
            .replace("{number}", Integer.toString(3 + slots.nextInt(400)));
    }
}
