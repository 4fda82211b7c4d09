package uk.ectinduction.learninglog.web;

/** A mentor's comment on a shared entry. */
public class CommentForm {

    private String body;

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
