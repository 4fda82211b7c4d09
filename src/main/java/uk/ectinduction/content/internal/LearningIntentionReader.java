package uk.ectinduction.content.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import uk.ectinduction.content.internal.ParsedPage.Intention;
import uk.ectinduction.content.internal.ParsedPage.IntentionKind;

/**
 * Reads the learning intentions of a page's learning-intentions sections. The labels ("Learn that:", "Your ECT
 * will learn how to:") and stems ("Build trusting relationships, by:") set the kind and stem of the list items
 * after them. Each item keeps its framework code: the code written before the text ("8.4 Building…", "1d
 * Seeking…") becomes a link to the statement, and an item quoted without one gets the code the framework
 * finds for its text, linked after it. The section reader tells it when such a section starts and ends.
 */
final class LearningIntentionReader {

    private static final String STATEMENT_PATH = "/framework/statements/";

    private static final Pattern INTENTIONS_HEADING = Pattern.compile(
            "learning intentions|intended outcomes|learning outcomes|objectives|\\blearn that\\b|\\blearn how to\\b"
                    + "|will learn",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LEARN_THAT =
            Pattern.compile("^(?:.*\\b)?learn that\\s*:?\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern LEARN_HOW_TO =
            Pattern.compile("^(?:.*\\b)?learn how to\\b\\s*(.*?)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern STEM = Pattern.compile(".*\\bby\\s*:\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CODE =
            Pattern.compile("^(\\d{1,2}\\.\\d{1,2}|\\d{1,2}[a-z])[:.)]?\\s+(\\S.*)$", Pattern.DOTALL);

    private final Function<String, Optional<String>> codeForText;
    private final List<Intention> intentions = new ArrayList<>();
    private boolean inside;
    private IntentionKind kind;
    private String stem;

    /** @param codeForText finds the framework code of a learning intention quoted without one */
    LearningIntentionReader(Function<String, Optional<String>> codeForText) {
        this.codeForText = codeForText;
    }

    /** True for a heading that opens learning intentions: "Learning intentions", "Your ECT will learn that". */
    static boolean opensIntentions(String heading) {
        return INTENTIONS_HEADING.matcher(heading).find();
    }

    /**
     * A learning-intentions heading. One that follows another directly ("Learn that" after "Learning
     * intentions") carries on with the labels read so far.
     */
    void enter(String heading) {
        if (!inside) {
            kind = null;
            stem = null;
        }
        inside = true;
        readLabel(heading);
    }

    /** Any other heading or activity: list items are no longer intentions. */
    void leave() {
        inside = false;
    }

    boolean inside() {
        return inside;
    }

    List<Intention> intentions() {
        return List.copyOf(intentions);
    }

    /** "Learn that:", "Your ECT will learn how to:", "Learn how to build trusting relationships, by:", a stem. */
    boolean readLabel(String text) {
        if (LEARN_THAT.matcher(text).matches()) {
            kind = IntentionKind.LEARN_THAT;
            stem = null;
            return true;
        }
        Matcher how = LEARN_HOW_TO.matcher(text);
        if (how.matches()) {
            kind = IntentionKind.LEARN_HOW_TO;
            String rest = how.group(1).replaceFirst("^:\\s*", "").strip();
            stem = rest.isEmpty() ? null : Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
            return true;
        }
        if (STEM.matcher(text).matches() && text.length() < 300) {
            stem = text;
            if (kind == null) {
                kind = IntentionKind.LEARN_HOW_TO;
            }
            return true;
        }
        return false;
    }

    /** Takes each item of the list as an intention of the section at {@code sectionPosition}, linking its code. */
    void read(ListBlock list, int sectionPosition) {
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem)) {
                continue;
            }
            String text = MarkdownText.plainText(item).strip().replaceAll("\\s+", " ");
            if (text.isEmpty()) {
                continue;
            }
            String code = null;
            Matcher m = CODE.matcher(text);
            if (m.matches()) {
                code = m.group(1);
                text = m.group(2).strip();
                linkCode(item, code);
            } else {
                code = codeForText.apply(text).orElse(null);
                if (code != null) {
                    appendCodeLink(item, code);
                }
            }
            IntentionKind k = kind != null
                    ? kind
                    : code != null && code.contains(".")
                            ? IntentionKind.LEARN_THAT
                            : code != null ? IntentionKind.LEARN_HOW_TO : IntentionKind.LEARN_THAT;
            intentions.add(new Intention(
                    sectionPosition, intentions.size(), k, k == IntentionKind.LEARN_HOW_TO ? stem : null, code, text));
        }
    }

    /** Makes the leading statement code of a list item a link to the statement's page. */
    private static void linkCode(Node item, String code) {
        Text first = firstText(item);
        if (first == null || !first.getLiteral().stripLeading().startsWith(code)) {
            return;
        }
        String literal = first.getLiteral().stripLeading();
        first.insertBefore(statementLink(code));
        first.setLiteral(literal.substring(code.length()));
    }

    /** Names the statement an intention quotes without its code: "… schooling. (8h)", the code a link. */
    private static void appendCodeLink(Node item, String code) {
        Node target = item.getLastChild() instanceof Paragraph p ? p : item;
        target.appendChild(new Text(" ("));
        target.appendChild(statementLink(code));
        target.appendChild(new Text(")"));
    }

    private static Link statementLink(String code) {
        Link link = new Link(STATEMENT_PATH + code, "Framework statement " + code);
        link.appendChild(new Text(code));
        return link;
    }

    private static Text firstText(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text t) {
                return t;
            }
            Text inner = firstText(child);
            if (inner != null) {
                return inner;
            }
        }
        return null;
    }
}
