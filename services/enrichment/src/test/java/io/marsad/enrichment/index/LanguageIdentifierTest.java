package io.marsad.enrichment.index;

import io.marsad.enrichment.EvaluationArticles;
import io.marsad.enrichment.service.LanguageIdentifier;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Lingua among the configured languages; a page's declared language does not override its text. */
@QuarkusTest
class LanguageIdentifierTest {

    @Inject
    LanguageIdentifier languages;

    @ParameterizedTest(name = "{0} (declared {1})")
    @CsvSource(delimiter = '|', value = {
        "افتتحت الحكومة صباح الثلاثاء محطة جديدة لتحلية مياه البحر تعمل بالكامل بالطاقة الشمسية | en | ar",
        "کیفیت هوای تهران در روزهای اخیر به دلیل پایداری جو و کاهش سرعت باد به وضعیت ناسالم رسیده است | ar | fa",
        "Dockworkers at the country's two busiest container ports returned to work on Wednesday | ar | en",
        "La nouvelle ligne de tramway reliant la gare centrale aux quartiers nord a été inaugurée samedi matin | en | fr",
        "В понедельник в городе открылась новая станция метро, строительство которой продолжалось почти пять лет | en | ru",
        "OK | fr | fr",
    })
    void identifiesTheTextsLanguage(String text, String declared, String expected) {
        assertEquals(expected, languages.identify(null, text, declared).orElse(null));
    }

    /** Every annotated evaluation article (Arabic, English, French, Russian news texts), by its text alone. */
    @Test
    void identifiesEveryEvaluationArticle() {
        List<String> wrong = new ArrayList<>();
        int articles = 0;
        for (JsonNode article : EvaluationArticles.all()) {
            String found = languages.identify(article.path("title").asText(), article.path("body").asText(), null).orElse(null);
            articles++;
            if (!article.path("language").asText().equals(found)) {
                wrong.add(article.path("id").asText() + " → " + found);
            }
        }
        assertEquals(105, articles);
        assertEquals(List.of(), wrong);
    }
}
