package uk.ectinduction.training.web;

import uk.ectinduction.training.internal.SessionNotes;

/** The tutor's notes on one section in facilitate mode, with the version they were read at. */
class NotesForm {

    private String notes = "";
    private long version;

    static NotesForm of(SessionNotes.Note note) {
        NotesForm form = new NotesForm();
        form.notes = note.notes();
        form.version = note.version();
        return form;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
