package io.marsad.crawler.extract;

import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts the parts of a page that React streams after the page's shell where the page's scripts would put them. A
 * server-rendered React page (Next.js and others) sends what waits on data, often the whole article, after the rest:
 * each part arrives at the end of the body as {@code <div hidden id="S:n">}, and a script moves its content to a
 * {@code <template id="B:m">} (a Suspense boundary, {@code $RC("B:m","S:n")}) or {@code <template id="P:n">} (a
 * placeholder, {@code $RS("S:n","P:n")}). Left where it arrived, the article is a hidden element and is removed with
 * the others. Saved pages often lack the scripts: then a segment goes to the placeholder of its own number (they share
 * one counter), else to the boundary of that number, else it is only shown where it is.
 */
final class StreamedSegments {

    private static final Pattern SEGMENT_ID = Pattern.compile("S:[0-9a-z]+");
    /** React's inline moves: boundary completed by a segment ($RC, $RR with styles), placeholder filled by a segment ($RS). */
    private static final Pattern MOVE_CALL = Pattern.compile("\\$R([CRS])\\(\"([BPS]:[0-9a-z]+)\",\\s*\"([BPS]:[0-9a-z]+)\"");

    private StreamedSegments() {
    }

    /**
     * Moves each streamed segment under {@code root} to its boundary or placeholder.
     *
     * @param hidden the hidden elements under {@code root}, among which the segments are (asked of every page: the
     *               caller's one search for hidden elements finds them)
     * @return whether there was a segment
     */
    static boolean place(Element root, List<Element> hidden) {
        List<Element> segments = hidden.stream().filter(e -> e.nameIs("div") && SEGMENT_ID.matcher(e.id()).matches()).toList();
        if (segments.isEmpty()) {
            return false;
        }
        Map<String, Element> templates = new HashMap<>();
        for (Element template : root.select("template[id]")) {
            templates.putIfAbsent(template.id(), template);
        }
        Map<String, String> targetOf = scriptedTargets(root);
        for (Element segment : segments) {
            Element target = target(segment.id(), targetOf, templates);
            if (target == null || target.parent() == null || target.parents().contains(segment)) {
                // no template, one another segment already took, or one inside the segment itself: shown where it is
                segment.removeAttr("hidden");
                continue;
            }
            removeFallback(target);
            for (Node child : new ArrayList<>(segment.childNodes())) {
                target.before(child);
            }
            target.remove();
            segment.remove();
        }
        return true;
    }

    private static Element target(String segmentId, Map<String, String> targetOf, Map<String, Element> templates) {
        String scripted = targetOf.get(segmentId);
        if (scripted != null && templates.containsKey(scripted)) {
            return templates.get(scripted);
        }
        String number = segmentId.substring(2);
        Element placeholder = templates.get("P:" + number);
        return placeholder != null ? placeholder : templates.get("B:" + number);
    }

    /** Segment id → the template it goes to, from the page's inline calls and from React's external-runtime templates. */
    private static Map<String, String> scriptedTargets(Element root) {
        Map<String, String> targetOf = new HashMap<>();
        for (Element script : root.select("script")) {
            String code = script.data();
            if (!code.contains("$R")) {
                continue;
            }
            Matcher call = MOVE_CALL.matcher(code);
            while (call.find()) {
                boolean fillsPlaceholder = call.group(1).equals("S");
                targetOf.put(fillsPlaceholder ? call.group(2) : call.group(3), fillsPlaceholder ? call.group(3) : call.group(2));
            }
        }
        for (Element instruction : root.select("template[data-sid]")) {
            String target = instruction.hasAttr("data-pid") ? instruction.attr("data-pid") : instruction.attr("data-bid");
            targetOf.put(instruction.attr("data-sid"), target);
        }
        return targetOf;
    }

    /**
     * A boundary's fallback (a loading skeleton) runs from its template to the comment that closes the boundary,
     * {@code <!--/$-->}; the content replaces it. Without the comments (some saved pages drop them) it stays.
     */
    private static void removeFallback(Element template) {
        if (!(template.previousSibling() instanceof Comment opening) || !opening.getData().startsWith("$")) {
            return;
        }
        List<Node> fallback = new ArrayList<>();
        int depth = 0;
        for (Node next = template.nextSibling(); next != null; next = next.nextSibling()) {
            if (next instanceof Comment comment) {
                String data = comment.getData();
                if (data.equals("/$")) {
                    if (depth == 0) {
                        fallback.forEach(Node::remove);
                        return;
                    }
                    depth--;
                } else if (data.startsWith("$")) {
                    depth++;
                }
            }
            fallback.add(next);
        }
        // no closing comment: not a boundary as React writes it; keep everything
    }
}
