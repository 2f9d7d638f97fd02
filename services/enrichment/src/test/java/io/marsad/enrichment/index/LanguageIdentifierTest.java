package io.marsad.enrichment.index;

import io.marsad.enrichment.service.LanguageIdentifier;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
}
