package uk.ectinduction.training.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.ectinduction.training.AttendanceMark;
import uk.ectinduction.training.internal.SessionRegister;

/** A session's register as typed: each ECT's mark and reason, by the ECT's id. */
class RegisterForm {

    private Map<Long, AttendanceMark> marks = new LinkedHashMap<>();
    private Map<Long, String> reasons = new HashMap<>();

    static RegisterForm of(List<SessionRegister.Line> register) {
        RegisterForm form = new RegisterForm();
        for (SessionRegister.Line line : register) {
            if (line.mark() != null) {
                form.marks.put(line.ectId(), line.mark());
            }
            if (line.reason() != null) {
                form.reasons.put(line.ectId(), line.reason());
            }
        }
        return form;
    }

    /** Every ECT named in the form, marked or given only a reason, with what was typed for them. */
    Map<Long, SessionRegister.Marking> markings() {
        Map<Long, SessionRegister.Marking> markings = new LinkedHashMap<>();
        marks.forEach((ect, mark) -> markings.put(ect, new SessionRegister.Marking(mark, reasons.get(ect))));
        reasons.forEach((ect, reason) -> markings.putIfAbsent(ect, new SessionRegister.Marking(null, reason)));
        return markings;
    }

    public Map<Long, AttendanceMark> getMarks() {
        return marks;
    }

    public void setMarks(Map<Long, AttendanceMark> marks) {
        this.marks = marks;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }

    public void setReasons(Map<Long, String> reasons) {
        this.reasons = reasons;
    }
}
