package io.marsad.enrichment.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether the words around a spelling that is also a common word say it names the entity: a word
 * that introduces an organisation, a company or a ruler right before it ("تنظيم القاعدة", "زعيم
 * القاعدة", "شركة نيسان", "نظام الأسد", "منظمة الفاو") or one that qualifies it right after
 * ("القاعدة الإرهابي"). The other evidence, the entity named plainly elsewhere in the same
 * article, is {@link EntityMatcher}'s. A mere co-mention of a related entity is not evidence: an
 * article on a militia's strike on an air base ("القاعدة الجوية") names the militia too.
 */
final class CommonWordEvidence {

    /** Words (folded, proclitics off) that, right before a name, make it one. */
    private static final Set<String> BEFORE = folded(
        "تنظيم", "تنظيمي", "جماعة", "حركة", "زعيم", "زعماء", "قائد", "قادة", "أمير", "عناصر", "مسلحي", "مسلحو", "مقاتلي", "مقاتلو",
        "متشددي", "خلية", "خلايا", "فرع", "فروع", "شبكة", "شركة", "شركات", "مجموعة", "سيارات", "مصنع", "منظمة", "وكالة",
        "نظام", "حكم", "حكومة", "قوات", "عهد", "رئيس", "الرئيس", "عائلة", "الزعيم", "التيار", "أنصار", "منطقة", "مقاطعة",
        "group", "militants", "fighters", "leader", "leaders", "affiliate", "company", "firm", "regime", "president", "forces",
        "groupe", "dirigeant", "société", "régime", "président");
    /** Words that, right after a name, make it one. */
    private static final Set<String> AFTER = folded(
        "الإرهابي", "الإرهابية", "المتطرف", "المتشدد", "المخلوع", "السابق", "موتور", "موتورز", "للسيارات", "للاستثمار");

    private CommonWordEvidence() {}

    /** Whether the word before the name at {@code at} (of {@code length} words) or the word after it is evidence. */
    static boolean around(List<String> keys, int at, int length) {
        if (at > 0 && MatchKeys.withoutProclitics(keys.get(at - 1)).stream().anyMatch(BEFORE::contains)) {
            return true;
        }
        int after = at + length;
        return after < keys.size() && MatchKeys.withoutProclitics(keys.get(after)).stream().anyMatch(AFTER::contains);
    }

    private static Set<String> folded(String... words) {
        Set<String> keys = new HashSet<>();
        for (String word : words) {
            keys.addAll(EntityMatcher.keys(word));
        }
        return Set.copyOf(keys);
    }
}
