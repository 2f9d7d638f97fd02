package io.marsad.crawler.extract;

import org.jsoup.nodes.Element;

import java.util.Locale;
import java.util.regex.Pattern;

/** What readers add to a page (comments, replies) and the note that introduces them: never article text. */
final class CommentSection {

    /** Words that name what readers add to a page: removed even when they outweigh the article. */
    private static final Pattern READER_CONTENT = Pattern.compile("(?:^|[\\s_-])(?:comments?|comment-?list|disqus|replies|responses)(?:$|[\\s_-])");
    /**
     * Readers' "comments" in English, French, German, Spanish, Portuguese, Russian, Arabic, Persian,
     * Urdu, Hebrew and Turkish: plurals and the like, since an article's own last line often says
     * someone "declined to comment".
     */
    private static final Pattern COMMENT_WORDS = Pattern.compile(
        "(?iu)comments|commenting|commentaires|kommentare|comentários|comentarios|комментари|التعليقات|تعليقات|تعليقك|نظرات|تبصرے|תגובות|yorumlar");
    private static final int MAX_PREAMBLE = 500;

    private CommentSection() {}

    /** Whether the element's class or id names readers' comments. */
    static boolean isOne(Element element) {
        return READER_CONTENT.matcher((element.className() + " " + element.id()).toLowerCase(Locale.ROOT)).find();
    }

    /**
     * The short note right before a comment section that introduces it ("Comments are moderated",
     * "الآراء الواردة أدناه لا تعبر عن رأي الموقع"), told by its place (the element before the
     * comments, or the last one inside it) and by a word for comments in the languages Marsad reads;
     * often without a class to tell it. Null when there is none, or the element is no comment section.
     */
    static Element preamble(Element comments) {
        if (!isOne(comments)) {
            return null;
        }
        Element before = comments.previousElementSibling();
        // the note may also close the block before the comments, as its last element
        while (before != null && before.text().length() > MAX_PREAMBLE) {
            before = before.lastElementChild();
        }
        if (before == null || before.is(Boilerplate.ARTICLE_CONTAINERS) || !before.select(Boilerplate.ARTICLE_CONTAINERS).isEmpty()) {
            return null;
        }
        return COMMENT_WORDS.matcher(before.text()).find() ? before : null;
    }
}
