package io.marsad.crawler.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line that only says when the article was published or updated ("Last updated on September 16th,
 * 2023 at 09:27 am", "Stand: 07.11.2023, 07:30 Uhr", "Posted: Thursday, April 21, 2022. 10:11 pm
 * CST."): the page's metadata, which the publication time already carries, not the article's text.
 * Only a label and a date: a line that says more ("Updated at 10:30 with the minister's reply",
 * "Veröffentlicht am 16.08.2019 Dauer: 1 Stunde") is the writer's and stays.
 */
final class DateLine {

    /** Longer than this, a line holds more than a date. */
    private static final int MAX_LENGTH = 100;

    private static final String LABELS = "(?:"
        + "(?:(?:last|first)\\s+)?(?:updated|modified|published|posted|reviewed)(?:\\s+(?:on|at))?"
        + "|this\\s+(?:post|article|page|story)\\s+was\\s+(?:last\\s+)?(?:updated|published|modified)(?:\\s+on)?"
        + "|(?:zuletzt\\s+)?(?:aktualisiert|veröffentlicht|geändert)(?:\\s+am)?|stand"
        + "|(?:dernière\\s+)?mise\\s+à\\s+jour(?:\\s+le)?|mis\\s+à\\s+jour(?:\\s+le)?|publié(?:\\s+le)?"
        + "|(?:última\\s+)?actualizaci[oó]n|actualizado(?:\\s+el)?|publicado(?:\\s+(?:el|em))?|atualizado(?:\\s+em)?"
        + "|обновлено|опубликовано|дата\\s+публикации"
        + "|uppdaterad|publicerad|oppdatert|publisert|opdateret|publiceret|bijgewerkt|gepubliceerd|aggiornato|pubblicato"
        + "|aktualizacja|opublikowano|aktualizováno|publikováno|güncelleme|yayınlanma"
        + "|ημερομηνία\\s+δημοσίευσης|δημοσιεύθηκε|δημοσίευση|(?:τελευταία\\s+)?ενημέρωση|ενημερώθηκε"
        + "|آخر\\s+تحديث|تاريخ\\s+النشر|نشر\\s+في|تم\\s+التحديث|به[\u200c\\s]?روزرسانی|تاریخ\\s+انتشار"
        + ")\\s*:?\\s+";
    /** Chinese and Japanese labels, which a full-width colon, not a space, parts from the date ("发布时间：2012-01-12 17:21"). */
    private static final String CJK_LABELS = "(?:发布时间|發布時間|發佈時間|发表时间|發表時間|更新时间|更新時間|发布日期|發布日期|时间|時間|日期|公開日|更新日|投稿日|掲載日)"
        + "\\s*[:：]\\s*";
    /**
     * Korean labels, with or without a colon: "기사입력 :[ 2018-09-28 17:32 ]", "입력 2024.01.15. 오전 10:23 수정 2024.01.15. 오전 11:02"
     * (written in, amended, registered, approved, sent).
     */
    private static final List<String> KOREAN_LABEL_WORDS = List.of("기사입력", "입력", "수정", "최종수정", "업데이트", "등록", "승인", "송고", "게재", "발행");
    private static final String KOREAN_LABELS = "(?:기사\\s*)?(?:" + String.join("|", KOREAN_LABEL_WORDS).replace("최종", "최종\\s*")
        + ")(?:일시|일자|시간|일)?\\s*[:：]?\\s*";
    private static final Pattern LABEL = Pattern.compile("^(?:" + LABELS + "|" + CJK_LABELS + "|" + KOREAN_LABELS + ")",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A label with no date after it. */
    private static final Pattern BARE_LABEL = Pattern.compile("(?:(?:last|first)\\s+)?(?:updated|modified|published|posted)\\s*:?"
        + "|(?:zuletzt\\s+)?aktualisiert|veröffentlicht|mis\\s+à\\s+jour|actualizado|atualizado|publicado|обновлено|опубликовано",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int MAX_BARE_LABEL = 20;
    /** A second label after a bar: "Uppdaterad 15.59 | Publicerad 14.14" (aftonbladet.se). */
    private static final Pattern LABEL_AFTER_BAR = Pattern.compile("[|·•]\\s*" + LABELS, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** The words a date and a time are written with besides names of months and days and figures. */
    private static final Set<String> DATE_WORDS = new HashSet<>(List.of("the", "at", "on", "of", "um", "uhr", "am", "pm", "a.m", "p.m",
        "le", "à", "el", "de", "a", "las", "às", "в", "г", "года", "h", "gmt", "utc", "et", "est", "edt", "ct", "cst", "cdt", "pt", "pst",
        "pdt", "bst", "cet", "cest", "msk", "ast", "في", "الساعة", "ساعت",
        // a second label without a bar before it: "Last updated: 3:51 pm March 25, 2009 Posted: 3:47 pm March 25, 2009"
        "posted", "updated", "published", "modified",
        // Korean and Japanese forenoon and afternoon, and Korean weekdays ("2024.01.15 (월)")
        "오전", "오후", "午前", "午後",
        "월", "화", "수", "목", "금", "토", "일"));
    static {
        DATE_WORDS.addAll(KOREAN_LABEL_WORDS); // a second Korean label, without a bar before it
    }

    private static final Pattern TOKEN_EDGES = Pattern.compile("^[\\p{Punct}\u060c\u061b«»“”]+|[\\p{Punct}\u060c\u061b«»“”]+$");

    /** Built after {@link #TOKEN_EDGES}, which it uses. */
    private static final Set<String> CALENDAR_NAMES = calendarNames();

    private DateLine() {}

    static boolean is(String text) {
        if (text.length() > MAX_LENGTH) {
            return false;
        }
        if (text.length() <= MAX_BARE_LABEL && BARE_LABEL.matcher(text).matches()) {
            return true; // the label of a date a script writes, or a <time> that went ("Updated", "First posted" on abc.net.au)
        }
        Matcher label = LABEL.matcher(text);
        if (!label.lookingAt()) {
            return false;
        }
        boolean figure = false;
        for (String raw : LABEL_AFTER_BAR.matcher(text.substring(label.end())).replaceAll("|").split("[\\s,|]+")) {
            String token = TOKEN_EDGES.matcher(raw.toLowerCase(Locale.ROOT)).replaceAll("");
            if (token.isEmpty()) {
                continue;
            }
            if (token.chars().anyMatch(Character::isDigit)) {
                figure = true;
            } else if (!DATE_WORDS.contains(token) && !CALENDAR_NAMES.contains(token)) {
                return false;
            }
        }
        return figure;
    }

    /** Month and weekday names, full and short, in the languages Marsad reads. */
    private static Set<String> calendarNames() {
        List<String> languages = List.of("en", "de", "fr", "es", "pt", "it", "nl", "ru", "uk", "tr", "pl", "el", "cs", "sv", "nb", "da", "ar",
            "fa", "ur");
        Set<String> names = new HashSet<>();
        CalendarNames.months(languages, (name, month) -> names.add(TOKEN_EDGES.matcher(name).replaceAll("")));
        CalendarNames.weekdays(languages, name -> names.add(TOKEN_EDGES.matcher(name).replaceAll("")));
        return names;
    }
}
