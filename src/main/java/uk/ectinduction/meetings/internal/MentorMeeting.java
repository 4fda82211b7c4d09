package uk.ectinduction.meetings.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/** One weekly meeting of a mentor with their ECT about one week's mentor materials. */
@Entity
@Table(name = "mentor_meeting")
public class MentorMeeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "mentor_id", nullable = false)
    private long mentorId;

    @Column(name = "ect_id", nullable = false)
    private long ectId;

    @Column(name = "materials_path", nullable = false)
    private String materialsPath;

    @Column(name = "materials_title", nullable = false)
    private String materialsTitle;

    @Column(name = "meets_on", nullable = false)
    private LocalDate meetsOn;

    @Column(name = "starts_at")
    private LocalTime startsAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MeetingStatus status = MeetingStatus.PLANNED;

    @Column(name = "next_meeting_id")
    private Long nextMeetingId;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.now();

    protected MentorMeeting() {}

    MentorMeeting(
            long mentorId,
            long ectId,
            String materialsPath,
            String materialsTitle,
            LocalDate meetsOn,
            LocalTime startsAt) {
        this.mentorId = mentorId;
        this.ectId = ectId;
        this.materialsPath = materialsPath;
        this.materialsTitle = materialsTitle;
        this.meetsOn = meetsOn;
        this.startsAt = startsAt;
    }

    /** Marks the record changed, so that its version moves on even when only its activities or actions did. */
    void touch() {
        updatedAt = Instant.now();
        if (status == MeetingStatus.PLANNED) {
            status = MeetingStatus.IN_PROGRESS;
        }
    }

    void hold() {
        updatedAt = Instant.now();
        status = MeetingStatus.HELD;
    }

    void cancel() {
        updatedAt = Instant.now();
        status = MeetingStatus.CANCELLED;
    }

    void reschedule(LocalDate on, LocalTime at) {
        this.meetsOn = on;
        this.startsAt = at;
    }

    void followedBy(long meetingId) {
        this.nextMeetingId = meetingId;
    }

    public Long getId() {
        return id;
    }

    public long getMentorId() {
        return mentorId;
    }

    public long getEctId() {
        return ectId;
    }

    public String getMaterialsPath() {
        return materialsPath;
    }

    public String getMaterialsTitle() {
        return materialsTitle;
    }

    public LocalDate getMeetsOn() {
        return meetsOn;
    }

    public LocalTime getStartsAt() {
        return startsAt;
    }

    public MeetingStatus getStatus() {
        return status;
    }

    public Long getNextMeetingId() {
        return nextMeetingId;
    }

    public long getVersion() {
        return version;
    }

    public boolean isOpen() {
        return status != MeetingStatus.CANCELLED;
    }
}
