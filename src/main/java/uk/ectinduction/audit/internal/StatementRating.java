package uk.ectinduction.audit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import uk.ectinduction.audit.AuditRating;

/** One statement's rating in a sitting of a module audit, with the ECT's optional note. */
@Embeddable
public class StatementRating {

    @Column(nullable = false)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AuditRating rating;

    @Column(nullable = false)
    private String note;

    protected StatementRating() {}

    public StatementRating(String code, AuditRating rating, String note) {
        this.code = code;
        this.rating = rating;
        this.note = note == null ? "" : note;
    }

    public String getCode() {
        return code;
    }

    public AuditRating getRating() {
        return rating;
    }

    public String getNote() {
        return note;
    }
}
