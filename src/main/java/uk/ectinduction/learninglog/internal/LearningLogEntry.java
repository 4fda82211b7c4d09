package uk.ectinduction.learninglog.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/** One entry of an ECT's learning log. Text limits and "not empty" are also database constraints. */
@Entity
@Table(name = "learning_log_entry")
public class LearningLogEntry {

    public static final int MAX_TEXT = 20_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ect_id", nullable = false)
    private long ectId;

    @Column(name = "written_on", nullable = false)
    private LocalDate writtenOn;

    @Column(name = "page_path")
    private String pagePath;

    @Column(name = "page_title")
    private String pageTitle;

    @Column(name = "module_ref")
    private String moduleRef;

    @Column(name = "key_points", nullable = false)
    private String keyPoints;

    @Column(nullable = false)
    private String reflection;

    @Column(name = "private_entry", nullable = false)
    private boolean privateEntry;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "learning_log_statement", joinColumns = @JoinColumn(name = "entry_id"))
    @Column(name = "code", nullable = false)
    private Set<String> statementCodes = new LinkedHashSet<>();

    protected LearningLogEntry() {}

    public LearningLogEntry(long ectId, Instant now) {
        this.ectId = ectId;
        this.createdAt = now;
    }

    /** Sets everything the ECT writes; refuses an entry with neither key points nor a reflection. */
    public void write(
            LocalDate on,
            String pagePath,
            String pageTitle,
            String moduleRef,
            String keyPoints,
            String reflection,
            boolean privateEntry,
            Collection<String> codes,
            Instant now) {
        String points = keyPoints == null ? "" : keyPoints.strip();
        String thoughts = reflection == null ? "" : reflection.strip();
        if (points.isEmpty() && thoughts.isEmpty()) {
            throw new IllegalArgumentException("an entry needs key points or a reflection");
        }
        if (points.length() > MAX_TEXT || thoughts.length() > MAX_TEXT) {
            throw new IllegalArgumentException("an entry's text is at most " + MAX_TEXT + " characters");
        }
        this.writtenOn = on;
        this.pagePath = pagePath;
        this.pageTitle = pagePath == null ? null : pageTitle;
        this.moduleRef = moduleRef;
        this.keyPoints = points;
        this.reflection = thoughts;
        this.privateEntry = privateEntry;
        this.statementCodes.clear();
        this.statementCodes.addAll(codes);
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getEctId() {
        return ectId;
    }

    public LocalDate getWrittenOn() {
        return writtenOn;
    }

    public String getPagePath() {
        return pagePath;
    }

    public String getPageTitle() {
        return pageTitle;
    }

    public String getModuleRef() {
        return moduleRef;
    }

    public String getKeyPoints() {
        return keyPoints;
    }

    public String getReflection() {
        return reflection;
    }

    public boolean isPrivateEntry() {
        return privateEntry;
    }

    public Set<String> getStatementCodes() {
        return Set.copyOf(statementCodes);
    }
}
