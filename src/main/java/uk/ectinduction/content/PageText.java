package uk.ectinduction.content;

/**
 * A page as its editor shows it: the title, the rest of the front matter ({@code key: value} lines) and the Markdown
 * body. Saved, the three make the page's source again, exactly as it was where they are unchanged.
 */
public record PageText(String title, String frontMatter, String markdown) {

    public PageText {
        title = title == null ? "" : title;
        frontMatter = frontMatter == null ? "" : frontMatter;
        markdown = markdown == null ? "" : markdown;
    }
}
