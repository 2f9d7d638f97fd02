package io.marsad.crawler.extract;

import java.util.List;
import java.util.stream.Stream;
import java.util.regex.Pattern;

/**
 * The lines Chinese portals print around every story about its handling, left as plain text when their toolbars went:
 * the editor who put it online ("（责任编辑：年巍）", "[责任编辑：robot] 标签：天然气 双方", "【编辑：金硕】"), the text-size switch
 * ("字号:T|T", "【字号：大 中 小】"), the time it went up with either beside it ("发布时间：2012-01-12 17:21:17 【编辑：金硕】",
 * "發表時間：2012-01-12 11:40 字級設定："), and the toolbar's words once its counts went ("人参与条评论打印转发": so many took part,
 * comments, print, forward). A reporter's credit ("记者 蒋凌") stays: it names who wrote the story.
 */
final class PortalLines {

    /** Longer than this, a line holds more than a credit and the story's tags. */
    private static final int MAX_LENGTH = 80;

    private static final String EDITOR = "[（(\\[【]?\\s*(?:责任编辑|責任編輯|责编|責編|编辑|編輯)\\s*[:：]\\s*[^）)\\]】\\s]{1,20}\\s*[）)\\]】]?";
    private static final String TAGS = "(?:\\s*(?:标签|標籤)\\s*[:：].*)?";
    private static final String SIZES = "(?:T\\s*\\|\\s*T|大\\s*中\\s*小)";
    private static final String TEXT_SIZE = "[\\[【]?\\s*(?:字号|字號|字級|字级|字体|字體)(?:设定|設定)?\\s*(?:[:：]\\s*" + SIZES + "?|" + SIZES + ")\\s*[\\]】]?";
    private static final String TOOLBAR = "(?:\\d*人参与|\\d*人參與|\\d*条评论|\\d*條評論|打印|列印|转发|轉寄|分享|收藏|关闭|關閉|[\\s|]){2,}";
    /** Words the editor's credit and the text-size switch hold, one at least. */
    private static final List<String> CREDIT_WORDS = List.of("编辑", "編輯", "责编", "責編", "字");
    private static final List<String> TOOLBAR_WORDS = List.of("人参与", "人參與", "条评论", "條評論", "打印", "列印", "转发", "轉寄", "分享", "收藏",
        "关闭", "關閉");
    private static final WordedPattern WHOLE_LINE = WordedPattern.of(MAX_LENGTH,
        Stream.concat(CREDIT_WORDS.stream(), TOOLBAR_WORDS.stream()).toList(),
        "^\\s*(?:" + EDITOR + TAGS + "|" + TEXT_SIZE + "|" + TOOLBAR + ")\\s*$");
    /** What a date line may carry after its date; asked first, and the same pattern then cuts it off. */
    private static final String CREDIT_AT_END = "\\s*(?:" + EDITOR + "|" + TEXT_SIZE + ")\\s*$";
    private static final WordedPattern ENDS_WITH_CREDIT = WordedPattern.of(MAX_LENGTH, CREDIT_WORDS, CREDIT_AT_END);
    private static final Pattern AFTER_A_DATE = Pattern.compile(CREDIT_AT_END, Pattern.UNICODE_CHARACTER_CLASS);

    private PortalLines() {}

    static boolean is(String text) {
        if (WHOLE_LINE.findIn(text)) {
            return true;
        }
        if (!ENDS_WITH_CREDIT.findIn(text)) {
            return false;
        }
        return DateLine.is(AFTER_A_DATE.matcher(text.strip()).replaceFirst(""));
    }
}
