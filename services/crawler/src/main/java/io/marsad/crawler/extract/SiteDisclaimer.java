package io.marsad.crawler.extract;

import java.util.List;

/**
 * The site distancing itself from what it printed, as Chinese portals write under every story: "免责声明：本文仅代表作者个人观点，
 * 与凤凰网无关…", "声明：新浪网登载此文出于传递更多信息之目的…", "凡注明为其他媒体来源的信息，均为转载自其他媒体，转载并不代表本网赞同其观点…",
 * "本文版权归解放牛网所有…". The same lines stand on all of the site's pages and say nothing of the story. Told by the label
 * opening the line ("声明", "免责声明", "【免责声明】", "外汇网声明：") with the words of a site speaking of its pages (本网, 本文,
 * 转载, 观点…), or by the forms only a site's notice uses. A statement the story quotes ("外交部声明：…") speaks of other things.
 */
final class SiteDisclaimer {

    /** Longer than this, a paragraph is text that happens to use these words. */
    private static final int MAX_LENGTH = 400;

    private static final WordedPattern DISCLAIMER = WordedPattern.of(MAX_LENGTH,
        // a character every form below holds
        List.of("声", "申", "本"),
        "^[\\s•·\u3000]*【?[^\\s：:】]{0,6}(?:声明|申明)(?:】|\\s*[：:]).*(?:本网|本站|本文|转载|观点|立场|仅供参考)",
        "转载并不代表本网", "^[\\s•·\u3000]*本文版权归[^，,。]{1,20}所有");

    private SiteDisclaimer() {}

    static boolean is(String text) {
        return DISCLAIMER.findIn(text);
    }
}
