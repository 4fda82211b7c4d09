package uk.ectinduction.content.web;

/** A new page of a week: its title and whom it is for. */
public class NewPageForm extends NameForm {

    private String audience;

    public String getAudience() {
        return audience;
    }

    public void setAudience(String audience) {
        this.audience = audience;
    }
}
