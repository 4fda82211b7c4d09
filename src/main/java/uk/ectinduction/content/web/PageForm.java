package uk.ectinduction.content.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import uk.ectinduction.content.EditablePage;
import uk.ectinduction.content.PageText;

/** The edit form: the page's three fields, a note of what changed, and the lock version the editor started from. */
public class PageForm {

    private String title;
    private String frontMatter;
    private String markdown;

    @Size(max = 2000, message = "The change note must be 2000 characters or fewer")
    private String note;

    @NotNull(message = "Open the page for editing again")
    private Long lockVersion;

    static PageForm of(EditablePage page, PageText text) {
        PageForm form = new PageForm();
        form.title = text.title();
        form.frontMatter = text.frontMatter();
        form.markdown = text.markdown();
        form.lockVersion = page.lockVersion();
        return form;
    }

    /**
     * A text as a textarea must carry it: browsers drop one newline right after {@code <textarea>}, so one is added
     * in front, and a page whose Markdown starts with a blank line keeps it. Lines end as HTML has them.
     */
    public static String shown(String text) {
        return "\n" + (text == null ? "" : text.replace("\r\n", "\n"));
    }

    PageText text() {
        return new PageText(title, frontMatter, markdown);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getFrontMatter() {
        return frontMatter;
    }

    public void setFrontMatter(String frontMatter) {
        this.frontMatter = frontMatter;
    }

    public String getMarkdown() {
        return markdown;
    }

    public void setMarkdown(String markdown) {
        this.markdown = markdown;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Long getLockVersion() {
        return lockVersion;
    }

    public void setLockVersion(Long lockVersion) {
        this.lockVersion = lockVersion;
    }
}
