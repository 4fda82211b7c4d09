package uk.ectinduction.content.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageTitleTest {

    @Test
    void theFrontMatterTitleLineIsReplacedAndNothingElse() {
        assertThat(PageTitle.rewrite("---\nheading: \"H\"\ntitle: Old\ncaption: C\n---\n\n# Old\n\nText\n", "New"))
                .isEqualTo("---\nheading: \"H\"\ntitle: \"New\"\ncaption: C\n---\n\n# Old\n\nText\n");
    }

    @Test
    void windowsLineEndsAndAByteOrderMarkAreKept() {
        assertThat(PageTitle.rewrite("\uFEFF---\r\ntitle: Old\r\n---\r\nText", "New"))
                .isEqualTo("\uFEFF---\r\ntitle: \"New\"\r\n---\r\nText");
    }

    @Test
    void aTitleIsAddedToFrontMatterWithoutOne() {
        assertThat(PageTitle.rewrite("---\r\nheading: H\r\n---\r\nText", "New"))
                .isEqualTo("---\r\ntitle: \"New\"\r\nheading: H\r\n---\r\nText");
    }

    @Test
    void aPageWithoutFrontMatterGetsOneBeforeItsText() {
        assertThat(PageTitle.rewrite("# Old\n\nText\n", "New")).isEqualTo("---\ntitle: \"New\"\n---\n# Old\n\nText\n");
    }

    @Test
    void quotesAndBackslashesAreEscapedSoTheFrontMatterReadsTheTitleBack() {
        String source = PageTitle.rewrite("---\ntitle: Old\n---\nText\n", "Say \"hello\" \\ wave");
        assertThat(FrontMatter.read(source).get("title")).contains("Say \"hello\" \\ wave");
    }
}
