package io.marsad.enrichment.entity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EntityMatcherTest {

    static final KnowledgeBase KB = KnowledgeBase.load();
    static final EntityMatcher MATCHER = new EntityMatcher(KB);

    static List<String> ids(String text) {
        return MATCHER.find(text).stream().map(EntityMatcher.Mention::entityId).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // one person whatever the script or spelling
        "بوتين | person:vladimir-putin", "Putin | person:vladimir-putin", "Путин | person:vladimir-putin", "Poutine | person:vladimir-putin",
        "وبوتين | person:vladimir-putin", "لبوتين | person:vladimir-putin", "الرئيس الروسي فلاديمير بوتين | person:vladimir-putin",
        "Vladimir Putin | person:vladimir-putin", "Владимир Путин | person:vladimir-putin",
        "كيم جونغ أون | person:kim-jong-un", "Kim Jong-un | person:kim-jong-un",
        // places: both spellings of the seed article, one by alias and one by edit distance
        "فوستوشني | place:vostochny-cosmodrome", "فوستوتشني | place:vostochny-cosmodrome", "Vostochny | place:vostochny-cosmodrome",
        // countries from CLDR, with Persian letters and hamza forms folded
        "كوريا الشمالية | country:KP", "کوریا الشمالیة | country:KP", "North Korea | country:KP", "Corée du Nord | country:KP", "КНДР | country:KP",
        "أوكرانيا | country:UA", "اوكرانيا | country:UA", "لأوكرانيا | country:UA", "Ukraine | country:UA",
        // organisations; capitals-only acronyms
        "the UN said | org:united-nations", "للأمم المتحدة | org:united-nations", "Erdogan | person:recep-tayyip-erdogan",
    })
    void recognises(String text, String id) {
        assertEquals(List.of(id), ids(text));
    }

    @Test
    void vowelsAWriterPutsInTellApartNamesThatFoldAlike() {
        // عمّان (Amman, shadda) and عُمان (Oman, damma) both fold to عمان, which without marks is the country
        assertEquals(List.of("place:amman"), ids("سجلت عمّان درجة حرارة قياسية"));
        assertEquals(List.of("place:amman"), ids("وصل الوفد إلى عَمّان أمس"));
        assertEquals(List.of("country:OM"), ids("زار الوزير عُمان أمس"));
        assertEquals(List.of("country:OM"), ids("زار الوزير عمان أمس"));
        assertEquals(1, ArabicMarks.agreement("وعمّان", "عمّان"));
        assertEquals(-1, ArabicMarks.agreement("عِمان", "عُمان"));
        assertEquals(0, ArabicMarks.agreement("بيروت", "عمّان"));
    }

    @Test
    void aPlaceFollowedByARegionOfAnotherCountryIsItsNamesake() {
        assertEquals(List.of("place:us-texas"), ids("The film is set in Paris, Texas, in the 1980s"));
        assertEquals(List.of("place:ontario"), ids("She studied at Queen's University, Kingston, Ontario"));
        assertEquals(List.of("place:ottawa", "place:ontario", "country:CA"), ids("He works in Ottawa, Ontario, Canada"), "its own region");
        assertEquals(List.of("place:paris", "country:FR"), ids("Paris, France"));
        assertEquals(List.of(), ids("Symposium at Queen's University, Kingston, ON, May 1998"), "a postal code of another country's region");
        assertEquals(List.of("place:perth"), ids("Perth, WA, hosted the final"), "WA is Washington and Western Australia");
        assertEquals(List.of(), ids("The committee recommends to Perth County Council"));
        assertEquals(List.of("place:quebec-city", "country:CA"), ids("the ministers met in Quebec City, Canada"));
    }

    @Test
    void aNameJoinedToAFrenchPlaceNameByAParticleIsPartOfIt() {
        // Île-de-France is the Paris region, not France; Boulogne-sur-Mer names no sea, Villeneuve-d'Ascq no Ascq
        assertEquals(List.of(), ids("Les transports d'Île-de-France sont en grève"));
        assertEquals(List.of("place:paris"), ids("Paris, en Ile-de-France Est"));
        assertEquals(List.of("country:FR"), ids("la région Île-de-France, au nord de la France"), "France named apart still counts");
        assertEquals(List.of("country:IL"), ids("Le gouvernement d'Israël a répondu"), "an elision is no join");
    }

    @Test
    void withEnthusiasmIsNotWithHamas() {
        // بحماس: "with enthusiasm", written as ب + Hamas; Hamas only with evidence
        assertEquals(List.of("country:TN"), ids("استقبل جمهور تونس الفيلم الجديد بحماس كبير"));
        assertEquals(List.of("org:hamas", "org:hamas"), ids("قالت حركة حماس إن الاتصالات بحماس مستمرة"));
    }

    @Test
    void lowerCaseWordsAreNotAcronyms() {
        assertEquals(List.of(), ids("Il y a un accord entre eux"));
    }

    @Test
    void theSeedArticleNamesItsPeoplePlacesAndOrganisations() throws Exception {
        JsonNode seed;
        try (InputStream in = getClass().getResourceAsStream("/analysis/seed-article.json")) {
            seed = new ObjectMapper().readTree(in);
        }
        List<String> paragraphs = new ArrayList<>();
        seed.path("bodyParagraphs").forEach(p -> paragraphs.add(p.asText()));
        Set<String> found = new TreeSet<>(ids(seed.path("title").asText() + "\n" + String.join("\n", paragraphs)));
        for (String expected : List.of("person:vladimir-putin", "person:kim-jong-un", "person:sergei-shoigu", "person:sergei-lavrov",
            "person:yuri-gagarin", "place:vostochny-cosmodrome", "place:amur-oblast", "place:pyongyang", "place:seoul", "place:beijing",
            "place:oslo", "country:KP", "country:RU", "country:UA", "country:CN", "org:white-house", "org:afp")) {
            assertTrue(found.contains(expected), expected + " not in " + found);
        }
    }

    @Test
    void knowledgeBaseHasEveryCountryAndTheCuratedEntries() {
        assertTrue(KB.size() >= 249 + 37, "entities: " + KB.size());
        assertEquals("North Korea", KB.get("country:KP").name());
        assertEquals("كوريا الشمالية", KB.get("country:KP").names().get("ar"));
    }

    @Test
    void aWordOneEditAwayIsFoundWhenItsCasingAgreesWithTheSpelling() {
        EntityMatcher matcher = new EntityMatcher(KnowledgeBase.load().with(List.of(
            new Entity("org:zanzibarcorp", "organization", Map.of("en", "Zanzibarcorp"), Map.of()),
            new Entity("place:quorvattin", "location", Map.of("en", "quorvattin"), Map.of()))));
        assertEquals(List.of("org:zanzibarcorp"), ids(matcher.find("Shares of Zanzibarkorp rose.", "en")), "capitalised, one edit away");
        assertEquals(List.of(), ids(matcher.find("shares of zanzibarkorp rose.", "en")), "a capitalised name is not a word in lower case");
        assertEquals(List.of("place:quorvattin"), ids(matcher.find("north of quorvatin today", "en")),
            "a spelling without capitals, one edit away from a word in lower case");
        assertEquals(List.of("place:quorvattin"), ids(matcher.find("North of Quorvatin today", "en")), "and from a capitalised one");
        assertTrue(EntityMatcher.lowerCaseOnly("l'quorvatin") && EntityMatcher.lowerCaseOnly("فوستوشني"));
        assertTrue(!EntityMatcher.lowerCaseOnly("l'Quorvatin") && !EntityMatcher.lowerCaseOnly("2026"));
    }

    private static List<String> ids(List<EntityMatcher.Mention> mentions) {
        return mentions.stream().map(EntityMatcher.Mention::entityId).distinct().toList();
    }

    @Test
    void editDistance() {
        assertTrue(EntityMatcher.withinOneEdit("فوستوشني", "فوستوتشني"));
        assertTrue(!EntityMatcher.withinOneEdit("موسكو", "ماكرون"));
    }
}
