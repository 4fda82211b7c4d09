package uk.ectinduction.framework.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import uk.ectinduction.framework.Statement;
import uk.ectinduction.framework.StatementKind;

/** An Early Career Framework statement as stored. Reference data: read only. */
@Entity
@Immutable
@Table(name = "framework_statement")
public class FrameworkStatement {

    @Id
    private String code;

    /** The Teachers' Standard's number; the database keeps it a foreign key to {@code teachers_standard}. */
    @Column(nullable = false)
    private int standard;

    @Convert(converter = StatementKindConverter.class)
    @Column(nullable = false)
    private StatementKind kind;

    private String stem;

    @Column(nullable = false)
    private String text;

    /** Computed by the database from the code: standard, then learn that by number, then learn how to by letter. */
    @Column(name = "framework_order", insertable = false, updatable = false)
    private int frameworkOrder;

    protected FrameworkStatement() {}

    public String getCode() {
        return code;
    }

    public int getStandard() {
        return standard;
    }

    public StatementKind getKind() {
        return kind;
    }

    public int getFrameworkOrder() {
        return frameworkOrder;
    }

    public Statement toStatement() {
        return new Statement(code, standard, kind, stem, text);
    }
}
