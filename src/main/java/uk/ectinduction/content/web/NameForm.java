package uk.ectinduction.content.web;

/**
 * The name of a module, week or page an admin creates or renames; {@code version} is the lock version of the one
 * renamed, as the page showed it (none for a new one).
 */
public class NameForm {

    private String title;
    private Integer version;

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title == null ? null : title.strip();
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
