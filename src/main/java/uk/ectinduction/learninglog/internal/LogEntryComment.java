package uk.ectinduction.learninglog.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A mentor's comment on a shared entry. */
@Entity
@Table(name = "learning_log_comment")
public class LogEntryComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "entry_id", nullable = false)
    private long entryId;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(name = "author_name", nullable = false)
    private String authorName;

    @Column(nullable = false)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected LogEntryComment() {}

    public LogEntryComment(long entryId, long authorId, String authorName, String body, Instant createdAt) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty() || text.length() > LearningLogEntry.MAX_TEXT) {
            throw new IllegalArgumentException("a comment is 1 to " + LearningLogEntry.MAX_TEXT + " characters");
        }
        this.entryId = entryId;
        this.authorId = authorId;
        this.authorName = authorName;
        this.body = text;
        this.createdAt = createdAt;
    }

    public long getEntryId() {
        return entryId;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
