package uk.ectinduction.audit.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.ectinduction.audit.AuditProgress;
import uk.ectinduction.audit.AuditRating;

/**
 * A statement's ratings over the sittings of its module's audit, laid out for an inline SVG drawn on the server: no
 * script, a sentence saying the same for screen readers, and the page's table giving the same numbers.
 */
record ProgressChart(String code, String text, String description, String polyline, List<Dot> dots, List<Tick> ticks) {

    static final int WIDTH = 320;
    static final int HEIGHT = 140;
    static final int LEFT = 40;
    static final int TOP = 15;
    static final int PLOT_HEIGHT = 90;

    record Dot(int x, int y, String label) {}

    record Tick(int x, String label) {}

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.UK);
    private static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    static List<ProgressChart> of(AuditProgress progress) {
        List<LocalDate> sittings = progress.sittings();
        int step = sittings.size() < 2 ? 0 : (WIDTH - LEFT - 20) / (sittings.size() - 1);
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i < sittings.size(); i++) {
            ticks.add(new Tick(LEFT + i * step, DAY.format(sittings.get(i))));
        }
        List<ProgressChart> charts = new ArrayList<>();
        for (AuditProgress.StatementProgress row : progress.statements()) {
            List<Dot> dots = new ArrayList<>();
            List<String> said = new ArrayList<>();
            for (int i = 0; i < row.ratings().size(); i++) {
                AuditRating rating = row.ratings().get(i);
                if (rating == null) {
                    continue;
                }
                dots.add(new Dot(LEFT + i * step, y(rating.points()), rating.label()));
                said.add(rating.label().toLowerCase(Locale.UK) + " (" + rating.points() + " of 4) on "
                        + LONG_DAY.format(sittings.get(i)));
            }
            String polyline =
                    String.join(" ", dots.stream().map(d -> d.x() + "," + d.y()).toList());
            String description =
                    row.statement().code() + ": " + (said.isEmpty() ? "not rated" : String.join(", then ", said)) + ".";
            charts.add(new ProgressChart(
                    row.statement().code(), row.statement().text(), description, polyline, dots, ticks));
        }
        return charts;
    }

    /** The height of a point on the scale: 4 at the top of the plot, 1 at its foot. */
    static int y(int points) {
        return TOP + (4 - points) * PLOT_HEIGHT / 3;
    }

    /** The scale's four lines, for the chart's grid. */
    public List<Integer> gridLines() {
        return List.of(y(4), y(3), y(2), y(1));
    }
}
