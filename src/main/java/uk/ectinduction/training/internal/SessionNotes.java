package uk.ectinduction.training.internal;

import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.ectinduction.people.SignedInUser;
import uk.ectinduction.training.SessionException;
import uk.ectinduction.training.StaleSessionException;

/**
 * The tutor's notes per section of a session, saved as they type in facilitate mode and by its form's button. Only
 * the session's tutors read or write them; a section's notes are one row, made by its first save.
 */
@Service
@Transactional(readOnly = true)
public class SessionNotes {

    /** What facilitate mode needs to save a section's notes: the text and the version it was read at. */
    public record Note(String notes, long version) {
        static final Note NONE = new Note("", 0);
    }

    private final SessionNoteRepository notes;
    private final SessionAccess access;

    SessionNotes(SessionNoteRepository notes, SessionAccess access) {
        this.notes = notes;
        this.access = access;
    }

    /** Every section's notes by section number, for the session's tutors. */
    public Map<Integer, Note> forSession(SignedInUser tutor, long sessionId) {
        access.toAct(tutor, sessionId);
        return notes.findBySessionIdOrderBySectionNumber(sessionId).stream()
                .collect(Collectors.toMap(SessionNote::getSectionNumber, SessionNotes::note));
    }

    public Note forSection(SignedInUser tutor, long sessionId, int sectionNumber) {
        access.toAct(tutor, sessionId);
        return notes.findBySessionIdAndSectionNumber(sessionId, sectionNumber)
                .map(SessionNotes::note)
                .orElse(Note.NONE);
    }

    /**
     * Saves a section's notes if nobody saved them since {@code version} was read; returns the new version. A
     * cancelled session keeps its notes as they are.
     */
    @Transactional
    public long save(SignedInUser tutor, long sessionId, int sectionNumber, String heading, long version, String text) {
        TrainingSession session = access.toAct(tutor, sessionId);
        if (session.isCancelled()) {
            throw new SessionException("This session has been cancelled");
        }
        SessionNote note = notes.findBySessionIdAndSectionNumber(sessionId, sectionNumber)
                .orElseGet(() -> new SessionNote(sessionId, sectionNumber, heading));
        if (note.getVersion() != version) {
            throw new StaleSessionException();
        }
        note.write(heading, text == null ? "" : text);
        return notes.saveAndFlush(note).getVersion();
    }

    private static Note note(SessionNote n) {
        return new Note(n.getNotes(), n.getVersion());
    }
}
