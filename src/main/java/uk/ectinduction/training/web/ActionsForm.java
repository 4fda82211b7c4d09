package uk.ectinduction.training.web;

import java.util.ArrayList;
import java.util.List;

/** An ECT's key actions from a session as typed, blank lines included; the form always offers at least three. */
class ActionsForm {

    private List<String> actions = new ArrayList<>();

    static ActionsForm of(List<String> saved) {
        ActionsForm form = new ActionsForm();
        form.actions = new ArrayList<>(saved);
        return form;
    }

    /** The lines to show: what was typed, then empty lines up to three. */
    public List<String> getLines() {
        List<String> lines = new ArrayList<>(actions);
        while (lines.size() < 3) {
            lines.add("");
        }
        return lines;
    }

    public List<String> getActions() {
        return actions;
    }

    public void setActions(List<String> actions) {
        this.actions = actions;
    }
}
