package uk.ectinduction.training.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The tutor's notes on one section of a session. */
@Entity
@Table(name = "training_session_note")
public class SessionNote {

    /** As the database allows (training_session_note_length). */
    public static final int MAX_LENGTH = 20_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "session_id", nullable = false, updatable = false)
    private long sessionId;

    @Column(name = "section_number", nullable = false, updatable = false)
    private int sectionNumber;

    @Column(nullable = false)
    private String heading;

    @Column(nullable = false)
    private String notes = "";

    @Version
    private long version;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.now();

    protected SessionNote() {}

    SessionNote(long sessionId, int sectionNumber, String heading) {
        this.sessionId = sessionId;
        this.sectionNumber = sectionNumber;
        this.heading = heading;
    }

    void write(String heading, String notes) {
        this.heading = heading;
        this.notes = notes;
        this.updatedAt = Instant.now();
    }

    public int getSectionNumber() {
        return sectionNumber;
    }

    public String getHeading() {
        return heading;
    }

    public String getNotes() {
        return notes;
    }

    public long getVersion() {
        return version;
    }
}
