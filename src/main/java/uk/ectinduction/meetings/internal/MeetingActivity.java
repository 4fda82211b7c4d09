package uk.ectinduction.meetings.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An activity of a meeting (copied from the page's agenda when the meeting was made) and the notes taken in it. */
@Entity
@Table(name = "meeting_activity")
public class MeetingActivity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "meeting_id", nullable = false)
    private long meetingId;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActivityKind kind;

    private Integer minutes;

    @Column(name = "section_anchor")
    private String sectionAnchor;

    @Column(nullable = false)
    private String notes = "";

    protected MeetingActivity() {}

    MeetingActivity(
            long meetingId, int position, String name, ActivityKind kind, Integer minutes, String sectionAnchor) {
        this.meetingId = meetingId;
        this.position = position;
        this.name = name;
        this.kind = kind;
        this.minutes = minutes;
        this.sectionAnchor = sectionAnchor;
    }

    /** Returns whether the notes changed. */
    boolean takeNotes(String text) {
        String clean = text == null ? "" : text.strip();
        if (clean.equals(notes)) {
            return false;
        }
        notes = clean;
        return true;
    }

    public long getMeetingId() {
        return meetingId;
    }

    /** 1-based, as in the activity's URL. */
    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public ActivityKind getKind() {
        return kind;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public String getSectionAnchor() {
        return sectionAnchor;
    }

    public String getNotes() {
        return notes;
    }
}
