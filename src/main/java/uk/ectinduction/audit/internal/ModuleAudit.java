package uk.ectinduction.audit.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One sitting of a module audit: every statement rated at once. Never changed once saved (the database refuses
 * updates): revisiting the audit makes a new sitting, so that the ECT's progress can be read from them in order.
 */
@Entity
@Table(name = "module_audit")
public class ModuleAudit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ect_id", nullable = false)
    private long ectId;

    @Column(name = "module_ref", nullable = false)
    private String moduleRef;

    @Column(name = "module_title", nullable = false)
    private String moduleTitle;

    @Column(name = "started_by", nullable = false)
    private long startedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "audit_rating", joinColumns = @JoinColumn(name = "audit_id"))
    private List<StatementRating> ratings = new ArrayList<>();

    protected ModuleAudit() {}

    public ModuleAudit(
            long ectId,
            String moduleRef,
            String moduleTitle,
            long startedBy,
            Instant createdAt,
            List<StatementRating> ratings) {
        this.ectId = ectId;
        this.moduleRef = moduleRef;
        this.moduleTitle = moduleTitle;
        this.startedBy = startedBy;
        this.createdAt = createdAt;
        this.ratings = new ArrayList<>(ratings);
    }

    public Long getId() {
        return id;
    }

    public long getEctId() {
        return ectId;
    }

    public String getModuleRef() {
        return moduleRef;
    }

    public String getModuleTitle() {
        return moduleTitle;
    }

    public long getStartedBy() {
        return startedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<StatementRating> getRatings() {
        return List.copyOf(ratings);
    }
}
