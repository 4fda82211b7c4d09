package uk.ectinduction.training.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatementListTest {

    @Test
    void readsTheListIntroducedByALineAboutStatementsInAnAgreeOrDisagreeActivity() {
        String html = "<ol><li><p>Ask ECTs to share.</p></li></ol>"
                + "<p>Ask ECTs the level to which they agree or disagree with each.</p>"
                + "<p>Example statements include:</p><ul><li>parents know best</li><li>teachers should phone</li></ul>"
                + "<p>Then:</p><ul><li>not a statement</li></ul>";
        assertThat(StatementList.of(html)).containsExactly("parents know best", "teachers should phone");
    }

    @Test
    void anActivityWithoutAgreeingOrWithoutAStatementsListIsNotOne() {
        assertThat(StatementList.of("<p>Example statements include:</p><ul><li>a</li></ul>"))
                .isEmpty();
        assertThat(StatementList.of("<p>Agree or disagree.</p><p>Tips:</p><ul><li>a</li></ul>"))
                .isEmpty();
    }
}
