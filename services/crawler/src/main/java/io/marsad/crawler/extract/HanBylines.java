package io.marsad.crawler.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reporters and writers a Chinese or Japanese story names in its text, where its markup names none: "作者：罗银胜",
 * "光明日报记者 王建宏 张文攀" opening the story, "（记者 格桑边觉）" in its dateline, "（总台记者 张倩）" closing it. Such
 * names have no capitals and no spaces within them, so the Latin bylines' patterns ({@link Bylines}) never read them.
 * Editors ("责任编辑") and photographers ("/摄") are credited so too, and are no writers.
 */
final class HanBylines {

    /** A name: two to four Han characters (a Tibetan or Uyghur name written in Han may take more), several parted by spaces or 、. */
    private static final String NAMES = "(\\p{IsHan}{2,6}(?:[ \\u3000\\u00a0、，,]+\\p{IsHan}{2,6}){0,4})";
    /**
     * "记者 王建宏 张文攀", "（记者 格桑边觉）", "本报记者 葛灵丹", "【聯合報╱記者黃文奇／即時報導】": the role, the names, then the
     * line or the brackets close, or a slash parts them from the place.
     */
    private static final Pattern REPORTER = Pattern.compile(
        "(?:^|[（(【〔\\[\\s□╱／/])[\\p{IsHan}]{0,6}?(?:记者|記者)(?:[ \\u3000\\u00a0]+" + NAMES + "[ \\u3000\\u00a0]*(?=[）)】〕\\]╱／/]|$)"
            + "|" + NAMES + "(?=[）)】〕\\]╱／/]))");
    /** The characters {@link #WRITER_LABEL}'s words open with. */
    private static final String WRITER_LABEL_INITIALS = "作文撰執筆";
    private static final String WRITER_LABEL = "^[ \\u3000\\u00a0]*(?:作者|文|撰文|執筆|筆者)[ \\u3000\\u00a0]*[:：/][ \\u3000\\u00a0]*";
    /** "作者：罗银胜", "文/李明", "撰文：张三" opening a short line. */
    private static final Pattern WRITER = Pattern.compile(WRITER_LABEL + NAMES + "(?=$|[ \\u3000\\u00a0]|[）)】\\]])");
    /**
     * "<b>作者：</b><a href="…">芊草凡凡</a>", "出版社：团结出版社 作者：<a>罗银胜</a>": the label ending its text, the name (a
     * forum's user name too) in the element after it.
     */
    private static final Pattern WRITER_LABEL_ENDING = Pattern.compile(
        "(?:^|[ \\u3000\\u00a0])(?:作者|撰文|執筆|筆者)[ \\u3000\\u00a0]*[:：][ \\u3000\\u00a0]*$");
    private static final Pattern USER_NAME = Pattern.compile("[^\\s:：]{2,20}");
    /**
     * The roles written before a name, or standing between names ("记者 柳德新 通讯员 彭娟"): reporter, trainee, correspondent,
     * and who compiled or photographed it.
     */
    private static final Pattern ROLE_BEFORE = Pattern.compile(
        "^(?:(?:实习|實習|见习|見習|特约|特約)?(?:记者|記者)|通讯员|通訊員|实习生|實習生|编制|編制|编辑|編輯|职员|職員|摄影|攝影)+");
    /** "（記者鄭名娟攝）": who took the picture, not who wrote the story. */
    private static final Pattern PHOTOGRAPHER = Pattern.compile("[摄攝]$");
    /** Longer than this, a line is the story's text, and only a bracketed credit in it is read. */
    private static final int MAX_LINE = 60;

    private HanBylines() {}

    /** The names of the first credit of a reporter or a writer in the page's text outside comments and side columns, or none. */
    static List<String> in(Document document) {
        List<String> names = new ArrayList<>();
        if (document.body() == null) {
            return names;
        }
        document.body().traverse((node, depth) -> {
            if (!names.isEmpty() || !(node instanceof TextNode text) || !mayHoldCredit(text.getWholeText())) {
                return;
            }
            Element holder = text.parent() instanceof Element parent ? parent : null;
            if (holder == null || Bylines.isElsewhere(holder)) {
                return;
            }
            if (holder.closest(Selectors.LINKS) != null) {
                return; // a link's words are a headline or a menu's ("记者调查", the section of reporters' inquiries)
            }
            String line = PlainText.clean(text.getWholeText());
            Matcher writer = WRITER.matcher(line);
            Matcher reporter = REPORTER.matcher(line);
            if (line.length() <= MAX_LINE && writer.find()) {
                names.addAll(split(writer.group(1)));
            } else if (line.length() <= MAX_LINE && WRITER_LABEL_ENDING.matcher(line).find()) {
                Element next = text.nextSibling() instanceof Element sibling ? sibling : holder.nextElementSibling();
                String name = next == null ? "" : next.text().strip();
                if (USER_NAME.matcher(name).matches()) {
                    names.add(name);
                }
            } else if (reporter.find()) {
                names.addAll(reporterNames(reporter));
            }
        });
        return names;
    }

    /**
     * The names a metadata value gives as a credit written out ("作者：裴鈺", "【聯合報╱記者黃文奇／即時報導】" in {@code <meta
     * name="author">}), else the value as it is.
     */
    static List<String> namesIn(String author) {
        if (!mayHoldCredit(author)) {
            return List.of(author);
        }
        String credit = PlainText.clean(author);
        Matcher writer = WRITER.matcher(credit);
        if (writer.find()) {
            return split(writer.group(1));
        }
        Matcher reporter = REPORTER.matcher(credit);
        List<String> names = reporter.find() ? reporterNames(reporter) : List.of();
        return names.isEmpty() ? List.of(author) : names;
    }

    /** The names a {@link #REPORTER} match found: after the role and a space, or run into the role ("記者黃文奇"). */
    private static List<String> reporterNames(Matcher reporter) {
        return split(reporter.group(1) != null ? reporter.group(1) : reporter.group(2));
    }

    /**
     * Whether a text may hold a credit, told without a pattern: it names a reporter, or it opens with a writer's label, or it
     * ends with a label's colon. Most texts of a Chinese page hold none of these, and this is asked of each.
     */
    private static boolean mayHoldCredit(String text) {
        if (text.contains("记者") || text.contains("記者")) {
            return true;
        }
        int first = 0;
        while (first < text.length() && isBlank(text.charAt(first))) {
            first++;
        }
        int last = text.length() - 1;
        while (last >= first && isBlank(text.charAt(last))) {
            last--;
        }
        return last >= first && (WRITER_LABEL_INITIALS.indexOf(text.charAt(first)) >= 0 || text.charAt(last) == ':' || text.charAt(last) == '：');
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || c == '\u00a0' || c == '\u3000';
    }

    private static List<String> split(String names) {
        List<String> each = new ArrayList<>();
        for (String name : names.split("[ \\u3000\\u00a0、，,]+")) {
            name = ROLE_BEFORE.matcher(name).replaceFirst(""); // "（实习记者 樊亮 张明超 记者惠禾）", "通讯员樊骁"
            if (name.length() >= 2 && !PHOTOGRAPHER.matcher(name).find()) {
                each.add(name);
            }
        }
        return each;
    }
}
