package uk.ectinduction.training.web;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import uk.ectinduction.training.ScalePoint;
import uk.ectinduction.training.internal.ActivityCapture;

/**
 * A statements activity's counts as typed, keyed "statement-POINT" (for example "3-AGREE"), so that a count that
 * is not a number comes back to the tutor as they typed it.
 */
class CountsForm {

    private Map<String, String> counts = new HashMap<>();

    static CountsForm of(ActivityCapture.Activity activity) {
        CountsForm form = new CountsForm();
        if (activity.recorded()) {
            for (ActivityCapture.Statement s : activity.statements()) {
                for (ScalePoint point : ScalePoint.values()) {
                    form.counts.put(key(s.number(), point), Integer.toString(s.count(point)));
                }
            }
        }
        return form;
    }

    static String key(int statement, ScalePoint point) {
        return statement + "-" + point.name();
    }

    /** The counts by statement and point; a blank count is 0. Throws NumberFormatException for anything else. */
    Map<Integer, Map<ScalePoint, Integer>> parsed(ActivityCapture.Activity activity) {
        Map<Integer, Map<ScalePoint, Integer>> parsed = new HashMap<>();
        for (ActivityCapture.Statement s : activity.statements()) {
            Map<ScalePoint, Integer> points = new EnumMap<>(ScalePoint.class);
            for (ScalePoint point : ScalePoint.values()) {
                String typed = counts.getOrDefault(key(s.number(), point), "").strip();
                points.put(point, typed.isEmpty() ? 0 : Integer.parseInt(typed));
            }
            parsed.put(s.number(), points);
        }
        return parsed;
    }

    public Map<String, String> getCounts() {
        return counts;
    }

    public void setCounts(Map<String, String> counts) {
        this.counts = counts;
    }
}
