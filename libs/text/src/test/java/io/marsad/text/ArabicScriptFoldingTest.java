package io.marsad.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArabicScriptFoldingTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        // spelling variants from the seed article (../shared/samples) fold to one form
        "کوریا الشمالیة, كوريا الشماليه",
        "كوريا الشماليّة, كوريا الشماليه",
        "كوريا الشمالية, كوريا الشماليه",
        "بیونغ یانغ, بيونغ يانغ",
        // hamza and madda forms of alef, alef maksura, teh marbuta, hamza on waw / yeh
        "أحمد, احمد",
        "إسلام, اسلام",
        "آمن, امن",
        "ٱلرحمن, الرحمن",
        "على, علي",
        "مدرسة, مدرسه",
        "مؤتمر, موتمر",
        "رئيس, رييس",
        // tatweel, harakat, superscript alef
        "الكتـــاب, الكتاب",
        "مُحَمَّدٌ, محمد",
        "هٰذا, هذا",
        // digits
        "٢٠٢٤, 2024",
        "۱۴۰۲, 1402",
        // presentation forms through NFKC
        "ﻻ, لا",
        // other scripts are untouched
        "Putin, Putin",
        "Путин, Путин",
    })
    void foldsVariantsToOneForm(String input, String expected) {
        assertEquals(expected, ArabicScriptFolding.fold(input));
    }

    @Test
    void exportsEveryTableEntryAsAnElasticsearchMappingRule() {
        var rules = ArabicScriptFolding.elasticsearchMappingRules();
        assertEquals(ArabicScriptFolding.table().size(), rules.size());
        assertTrue(rules.contains("\\u0623 => \\u0627"), rules.toString());
        assertTrue(rules.contains("\\u0640 => "), rules.toString());
        assertTrue(rules.contains("\\u0662 => 2"), rules.toString());
    }
}
