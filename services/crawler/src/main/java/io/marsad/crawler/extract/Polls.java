package io.marsad.crawler.extract;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Polls and quizzes put in a story outside any form (20min.ch's "Welches dieser Mittel ist dein Favorit…?" with five
 * answers to tick): a question and the labels of a group of radio buttons, which read as short lines of the text once
 * the buttons are gone. Told by the buttons: two or more radio inputs of one name.
 */
final class Polls {

    private static final Selectors.Query RADIO_BUTTONS = Selectors.onlyWhere(element -> element.nameIs("input"), "input[type=radio]");
    /** Beside its answers, a poll's box holds a question and perhaps a line of thanks: no more than this much text. */
    private static final int MAX_QUESTION = 300;
    /** An answer is a line: buttons whose box holds more per button are not a poll's. */
    private static final int MAX_ANSWER = 150;
    /** A poll's answers are not links; a menu's entries are. */
    private static final double MAX_LINK_DENSITY = 0.5;

    private Polls() {}

    /** Removes each poll's box: the element that holds its radio buttons, with the question beside them. */
    static void remove(Element root) {
        Map<String, List<Element>> groups = new LinkedHashMap<>();
        for (Element button : Selectors.select(root, RADIO_BUTTONS)) {
            groups.computeIfAbsent(button.attr("name"), name -> new ArrayList<>()).add(button);
        }
        List<Element> boxes = new ArrayList<>();
        groups.forEach((name, buttons) -> {
            if (!name.isEmpty() && buttons.size() >= 2) {
                Element box = box(root, buttons);
                if (box != null) {
                    boxes.add(box);
                }
            }
        });
        boxes.forEach(Element::remove);
    }

    /** The outermost element around the buttons that adds no more than a question to their answers; null where it is the page. */
    private static Element box(Element root, List<Element> buttons) {
        Element answers = commonAncestor(buttons);
        if (answers == null || answers == root || answers.is(Boilerplate.ARTICLE_CONTAINER)
            || TextSize.exceeds(answers, MAX_ANSWER * buttons.size() + MAX_QUESTION) || LinkDensity.of(answers) > MAX_LINK_DENSITY) {
            return null; // buttons of one name far apart (a rating widget under each review), or a menu's
        }
        int answersText = answers.text().length();
        if (answersText - answerLines(answers, buttons) > MAX_QUESTION) {
            return null; // the buttons' box holds more than their answers and a question: a story, and a poll beside it
        }
        Element box = answers;
        for (Element parent = box.parent(); parent != null && parent != root && !parent.is(Boilerplate.ARTICLE_CONTAINER)
            && !TextSize.exceeds(parent, answersText + MAX_QUESTION); parent = parent.parent()) {
            box = parent;
        }
        return box;
    }

    /**
     * The length of the answers' text: of each child of the box that holds a button (its label, or a row with the label
     * beside the button), when each is a line; a longer one is no answer, and counts nothing.
     */
    private static int answerLines(Element answers, List<Element> buttons) {
        Set<Element> rows = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element button : buttons) {
            Element row = button;
            while (row.parent() != answers) {
                row = row.parent();
            }
            rows.add(row);
        }
        int length = 0;
        for (Element row : rows) {
            int line = row.text().length();
            length += line <= MAX_ANSWER ? line : 0;
        }
        return length;
    }

    private static Element commonAncestor(List<Element> elements) {
        Element common = elements.getFirst().parent();
        for (Element element : elements.subList(1, elements.size())) {
            while (common != null && !Ancestry.within(element, common)) {
                common = common.parent();
            }
        }
        return common;
    }
}
