package uk.ectinduction.audit.web;

import java.util.LinkedHashMap;
import java.util.Map;

/** A sitting of a module audit as posted: each statement's rating and note, keyed by statement code. */
public class AuditForm {

    private String module;
    private Map<String, String> ratings = new LinkedHashMap<>();
    private Map<String, String> notes = new LinkedHashMap<>();

    public String getModule() {
        return module;
    }

    public void setModule(String module) {
        this.module = module;
    }

    public Map<String, String> getRatings() {
        return ratings;
    }

    public void setRatings(Map<String, String> ratings) {
        this.ratings = ratings;
    }

    public Map<String, String> getNotes() {
        return notes;
    }

    public void setNotes(Map<String, String> notes) {
        this.notes = notes;
    }
}
