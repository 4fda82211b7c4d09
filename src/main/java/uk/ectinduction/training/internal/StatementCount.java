package uk.ectinduction.training.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import uk.ectinduction.training.ScalePoint;

/** How many of the group chose one point of the scale for one statement of a session's statements activity. */
@Entity
@Table(name = "training_statement_count")
public class StatementCount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "session_id", nullable = false, updatable = false)
    private long sessionId;

    @Column(name = "section_number", nullable = false, updatable = false)
    private int sectionNumber;

    @Column(name = "statement_number", nullable = false, updatable = false)
    private int statementNumber;

    @Column(nullable = false, updatable = false)
    private String statement;

    @Enumerated(EnumType.STRING)
    @Column(name = "scale_point", nullable = false, updatable = false)
    private ScalePoint scalePoint;

    @Column(nullable = false, updatable = false)
    private int people;

    protected StatementCount() {}

    StatementCount(
            long sessionId, int sectionNumber, int statementNumber, String statement, ScalePoint point, int people) {
        this.sessionId = sessionId;
        this.sectionNumber = sectionNumber;
        this.statementNumber = statementNumber;
        this.statement = statement;
        this.scalePoint = point;
        this.people = people;
    }

    public int getSectionNumber() {
        return sectionNumber;
    }

    public int getStatementNumber() {
        return statementNumber;
    }

    public ScalePoint getScalePoint() {
        return scalePoint;
    }

    public int getPeople() {
        return people;
    }
}
