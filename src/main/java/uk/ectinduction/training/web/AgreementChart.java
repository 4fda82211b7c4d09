package uk.ectinduction.training.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.ectinduction.training.ScalePoint;
import uk.ectinduction.training.internal.ActivityCapture;

/**
 * A statements activity's counts laid out as a stacked bar per statement, for an inline SVG drawn on the server:
 * each bar's full width is everyone present, each point of the scale a segment of it. The SVG names itself and
 * describes its numbers in words; the table beside it gives the same numbers and is the one to read them from.
 */
record AgreementChart(String title, String description, int height, List<Bar> bars, List<Key> keys) {

    static final int WIDTH = 640;
    static final int LEFT = 40;
    static final int PLOT_WIDTH = 580;
    static final int ROW = 28;
    static final int TOP = 10;
    static final int KEY_ROW = 22;

    /** The scale's colours, red to green through grey, as GOV.UK's palette names them. */
    private static final List<String> COLOURS = List.of("#d4351c", "#f47738", "#b1b4b6", "#85994b", "#00703c");

    record Segment(int x, int width, String colour, String label) {}

    record Bar(String label, int y, List<Segment> segments) {}

    record Key(int x, int y, String colour, String label) {}

    static AgreementChart of(ActivityCapture.Activity activity, int present) {
        int scale = Math.max(
                present,
                activity.statements().stream()
                        .mapToInt(ActivityCapture.Statement::total)
                        .max()
                        .orElse(0));
        List<Bar> bars = new ArrayList<>();
        List<String> said = new ArrayList<>();
        for (ActivityCapture.Statement s : activity.statements()) {
            int y = TOP + (s.number() - 1) * ROW;
            int x = LEFT;
            List<Segment> segments = new ArrayList<>();
            List<String> parts = new ArrayList<>();
            for (ScalePoint point : ScalePoint.values()) {
                int people = s.count(point);
                if (people == 0 || scale == 0) {
                    continue;
                }
                int width = people * PLOT_WIDTH / scale;
                segments.add(new Segment(x, width, COLOURS.get(point.ordinal()), people + " " + lower(point)));
                parts.add(people + " " + lower(point));
                x += width;
            }
            bars.add(new Bar(Integer.toString(s.number()), y, segments));
            said.add("statement " + s.number() + ": " + (parts.isEmpty() ? "no answers" : String.join(", ", parts)));
        }
        int keysTop = TOP + activity.statements().size() * ROW + 10;
        List<Key> keys = new ArrayList<>();
        for (ScalePoint point : ScalePoint.values()) {
            int column = point.ordinal() % 3;
            int row = point.ordinal() / 3;
            keys.add(
                    new Key(LEFT + column * 200, keysTop + row * KEY_ROW, COLOURS.get(point.ordinal()), point.label()));
        }
        String title = "How far the group agreed with each statement of “" + activity.heading() + "”";
        String description = "Out of " + present + " present: " + String.join("; ", said) + ".";
        return new AgreementChart(title, description, keysTop + 2 * KEY_ROW, bars, keys);
    }

    private static String lower(ScalePoint point) {
        return point.label().toLowerCase(Locale.UK);
    }
}
