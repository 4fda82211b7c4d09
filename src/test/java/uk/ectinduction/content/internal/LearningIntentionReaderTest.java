package uk.ectinduction.content.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.junit.jupiter.api.Test;
import uk.ectinduction.content.internal.ParsedPage.Intention;
import uk.ectinduction.content.internal.ParsedPage.IntentionKind;

/** Reading learning intentions from plain Markdown lists, without Spring. */
class LearningIntentionReaderTest {

    final LearningIntentionReader reader = new LearningIntentionReader(
            text -> text.startsWith("Every pupil can") ? Optional.of("1.1") : Optional.empty());

    /** Reads the first list of the Markdown as the items of the section at position 3. */
    Node readList(String markdown) {
        Node document = MarkdownText.parse(markdown);
        Node list = document.getFirstChild();
        while (!(list instanceof ListBlock)) {
            list = list.getNext();
        }
        reader.read((ListBlock) list, 3);
        return list;
    }

    @Test
    void headingsThatOpenIntentionsAreRecognised() {
        assertThat(LearningIntentionReader.opensIntentions("Learning intentions"))
                .isTrue();
        assertThat(LearningIntentionReader.opensIntentions("Session objectives"))
                .isTrue();
        assertThat(LearningIntentionReader.opensIntentions("Your ECT will learn that"))
                .isTrue();
        assertThat(LearningIntentionReader.opensIntentions("Intended outcomes")).isTrue();
        assertThat(LearningIntentionReader.opensIntentions("Preparation")).isFalse();
        assertThat(LearningIntentionReader.opensIntentions("Learning about feedback"))
                .isFalse();
    }

    @Test
    void aLearnThatLabelMakesTheItemsLearnThatAndTakesTheirCodes() {
        reader.enter("Learning intentions");
        assertThat(reader.readLabel("Your ECT will learn that:")).isTrue();
        Node list = readList("- 1.1 Every pupil can make progress.\n- 8.4 Building effective relationships.\n");
        assertThat(reader.intentions())
                .containsExactly(
                        new Intention(3, 0, IntentionKind.LEARN_THAT, null, "1.1", "Every pupil can make progress."),
                        new Intention(
                                3, 1, IntentionKind.LEARN_THAT, null, "8.4", "Building effective relationships."));
        assertThat(MarkdownText.render(list))
                .contains("<a href=\"/framework/statements/1.1\" title=\"Framework statement 1.1\">1.1</a>");
    }

    @Test
    void aLearnHowToLabelGivesItsStemToTheItemsAfterIt() {
        reader.enter("Learning intentions");
        assertThat(reader.readLabel("Learn how to build trusting relationships, by:"))
                .isTrue();
        readList("- 1d Seeking to understand pupils' lives.\n");
        assertThat(reader.intentions())
                .containsExactly(new Intention(
                        3,
                        0,
                        IntentionKind.LEARN_HOW_TO,
                        "Build trusting relationships, by:",
                        "1d",
                        "Seeking to understand pupils' lives."));
    }

    @Test
    void aStemAloneMeansLearnHowTo() {
        reader.enter("Objectives");
        assertThat(reader.readLabel("Develop quality feedback, by:")).isTrue();
        assertThat(reader.readLabel("Some plain sentence.")).isFalse();
        readList("- 6p Focusing on specific actions.\n");
        assertThat(reader.intentions())
                .singleElement()
                .extracting(Intention::kind, Intention::stem)
                .containsExactly(IntentionKind.LEARN_HOW_TO, "Develop quality feedback, by:");
    }

    @Test
    void anItemWithoutACodeIsGivenTheOneTheFrameworkFindsLinkedAfterIt() {
        reader.enter("Learning intentions");
        Node list = readList("- Every pupil can make progress.\n- Something the framework does not say.\n");
        List<Intention> read = reader.intentions();
        assertThat(read).extracting(Intention::code).containsExactly("1.1", null);
        assertThat(read).extracting(Intention::kind).containsOnly(IntentionKind.LEARN_THAT);
        assertThat(MarkdownText.render(list))
                .contains("Every pupil can make progress. (<a href=\"/framework/statements/1.1\"");
    }

    @Test
    void withoutALabelTheCodeSaysTheKind() {
        reader.enter("Learning intentions");
        readList("- 2.3 A learn-that statement.\n- 2b A learn-how-to statement.\n");
        assertThat(reader.intentions())
                .extracting(Intention::kind)
                .containsExactly(IntentionKind.LEARN_THAT, IntentionKind.LEARN_HOW_TO);
    }

    @Test
    void aSecondIntentionsHeadingCarriesOnWithTheLabelButOneAfterOtherSectionsStartsAfresh() {
        reader.enter("Learning intentions");
        reader.readLabel("Learn that:");
        reader.enter("Objectives");
        readList("- 2b Read as learn that, as the label said.\n");
        reader.leave();
        assertThat(reader.inside()).isFalse();
        reader.enter("Objectives");
        assertThat(reader.inside()).isTrue();
        readList("- 2b Read as learn how to, by its code.\n");
        assertThat(reader.intentions())
                .extracting(Intention::kind)
                .containsExactly(IntentionKind.LEARN_THAT, IntentionKind.LEARN_HOW_TO);
    }
}
