package uk.ectinduction.content.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.ectinduction.content.PageText;

class EditableSourceTest {

    @Test
    void everyPageOfTheCorpusAndTheSeedsComesBackByteForByteWhenNothingIsChanged() throws IOException {
        List<Path> pages;
        try (Stream<Path> walk = Stream.concat(
                Files.walk(Path.of("src/test/resources/corpus")), Files.walk(Path.of("src/test/resources/seeds")))) {
            pages = walk.filter(p -> p.toString().endsWith(".md")).toList();
        }
        assertThat(pages).hasSizeGreaterThan(10);
        for (Path page : pages) {
            String source = Files.readString(page, StandardCharsets.UTF_8);
            EditableSource split = EditableSource.split(source);
            String title = FrontMatter.read(source).get("title").orElse("a title read from the heading");
            // What a browser sends back: the same fields, with CR LF line endings.
            PageText sent = new PageText(
                    title,
                    split.text(title).frontMatter().replace("\n", "\r\n"),
                    split.text(title).markdown().replace("\n", "\r\n"));
            assertThat(split.compose(sent, title)).as(page.toString()).isEqualTo(source);
        }
    }

    @Test
    void theTitleIsItsOwnFieldAndAChangedOneIsWrittenQuoted() {
        String source = "---\ntitle: 'Week 1'\nheading: \"Mentor materials\"\n---\n\n## Opening\n";
        EditableSource split = EditableSource.split(source);
        PageText text = split.text("Week 1");
        assertThat(text.frontMatter()).isEqualTo("heading: \"Mentor materials\"");
        assertThat(text.markdown()).isEqualTo("\n## Opening\n");

        String edited = split.compose(new PageText("Week \"one\"", text.frontMatter(), text.markdown()), "Week 1");
        assertThat(edited)
                .isEqualTo("---\ntitle: \"Week \\\"one\\\"\"\nheading: \"Mentor materials\"\n---\n\n## Opening\n");
        assertThat(FrontMatter.read(edited).get("title")).contains("Week \"one\"");
    }

    @Test
    void aPageWithoutFrontMatterGetsABlockOnlyWhenItNeedsOne() {
        EditableSource split = EditableSource.split("# Heading title\r\n\r\nText\r\n");
        assertThat(split.compose(new PageText("Heading title", "", "# Heading title\n\nText\n"), "Heading title"))
                .isEqualTo("# Heading title\r\n\r\nText\r\n");
        assertThat(split.compose(new PageText("Heading title", "caption: Week 2", "Text\n"), "Heading title"))
                .isEqualTo("---\r\ncaption: Week 2\r\n---\r\nText\r\n");
    }
}
