package uk.ectinduction.content.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The lines two texts share and the lines one adds or removes, by Myers' shortest edit script: the fewest lines
 * removed and added, so what an admin reads as changed is what was changed. Lines are compared whole; line ends
 * ({@code \n}, {@code \r\n}) do not count.
 */
public final class LineDiff {

    public enum Change {
        UNCHANGED,
        ADDED,
        REMOVED
    }

    /** One line: its number in the older text (removed or unchanged) and in the newer (added or unchanged). */
    public record Line(Change change, Integer oldNumber, Integer newNumber, String text) {}

    private LineDiff() {}

    /** Every line of both texts in reading order: removals before the additions that replace them. */
    public static List<Line> of(String older, String newer) {
        List<String> a = older.lines().toList();
        List<String> b = newer.lines().toList();
        // The common start and end cost nothing to find and keep the search below to what changed.
        int start = 0;
        while (start < a.size() && start < b.size() && a.get(start).equals(b.get(start))) {
            start++;
        }
        int end = 0;
        while (end < a.size() - start
                && end < b.size() - start
                && a.get(a.size() - 1 - end).equals(b.get(b.size() - 1 - end))) {
            end++;
        }
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < start; i++) {
            lines.add(new Line(Change.UNCHANGED, i + 1, i + 1, a.get(i)));
        }
        lines.addAll(middle(a.subList(start, a.size() - end), b.subList(start, b.size() - end), start));
        for (int i = end; i > 0; i--) {
            int oldIndex = a.size() - i;
            int newIndex = b.size() - i;
            lines.add(new Line(Change.UNCHANGED, oldIndex + 1, newIndex + 1, a.get(oldIndex)));
        }
        return lines;
    }

    /**
     * Myers' greedy search: round d finds, on each diagonal k = x - y, the furthest point reachable with d edits,
     * following runs of equal lines for free. Each round's furthest points are kept so that the path can be walked
     * back from the end. {@code skipped} lines came before, for numbering.
     */
    private static List<Line> middle(List<String> a, List<String> b, int skipped) {
        int n = a.size();
        int m = b.size();
        int offset = n + m + 1;
        int[] furthest = new int[2 * offset + 1];
        List<int[]> rounds = new ArrayList<>();
        search:
        for (int d = 0; d <= n + m; d++) {
            rounds.add(furthest.clone());
            for (int k = -d; k <= d; k += 2) {
                int x = fromBelow(furthest, offset, k, d) ? furthest[offset + k + 1] : furthest[offset + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a.get(x).equals(b.get(y))) {
                    x++;
                    y++;
                }
                furthest[offset + k] = x;
                if (x >= n && y >= m) {
                    break search;
                }
            }
        }
        List<Line> backwards = new ArrayList<>();
        int x = n;
        int y = m;
        for (int d = rounds.size() - 1; d >= 0; d--) {
            int[] before = rounds.get(d);
            int k = x - y;
            int previousK = fromBelow(before, offset, k, d) ? k + 1 : k - 1;
            int previousX = before[offset + previousK];
            int previousY = previousX - previousK;
            while (x > previousX && y > previousY) {
                x--;
                y--;
                backwards.add(new Line(Change.UNCHANGED, skipped + x + 1, skipped + y + 1, a.get(x)));
            }
            if (d > 0) {
                if (x == previousX) {
                    y--;
                    backwards.add(new Line(Change.ADDED, null, skipped + y + 1, b.get(y)));
                } else {
                    x--;
                    backwards.add(new Line(Change.REMOVED, skipped + x + 1, null, a.get(x)));
                }
            }
            x = previousX;
            y = previousY;
        }
        Collections.reverse(backwards);
        return backwards;
    }

    /** Whether diagonal k is best reached by adding a line (a step down from k + 1) rather than removing one. */
    private static boolean fromBelow(int[] furthest, int offset, int k, int d) {
        return k == -d || (k != d && furthest[offset + k - 1] < furthest[offset + k + 1]);
    }

    /** A changed stretch with the unchanged lines around it, after a number of unchanged lines left out. */
    public record Hunk(int foldedBefore, List<Line> lines) {}

    /**
     * The lines to show: each change with up to {@code context} unchanged lines either side, and the unchanged
     * runs between them folded to a count. A fold of one line would take as much room as the line, so it is shown.
     */
    public record Folded(List<Hunk> hunks, int foldedAfter, int added, int removed) {

        public boolean same() {
            return added == 0 && removed == 0;
        }

        public static Folded of(List<Line> lines, int context) {
            boolean[] shown = new boolean[lines.size()];
            int added = 0;
            int removed = 0;
            for (int i = 0; i < lines.size(); i++) {
                Change change = lines.get(i).change();
                if (change != Change.UNCHANGED) {
                    added += change == Change.ADDED ? 1 : 0;
                    removed += change == Change.REMOVED ? 1 : 0;
                    Arrays.fill(shown, Math.max(0, i - context), Math.min(lines.size(), i + context + 1), true);
                }
            }
            for (int i = 0; i < lines.size(); i++) {
                boolean alone = (i == 0 || shown[i - 1]) && (i == lines.size() - 1 || shown[i + 1]);
                if (!shown[i] && alone && added + removed > 0) {
                    shown[i] = true;
                }
            }
            List<Hunk> hunks = new ArrayList<>();
            int folded = 0;
            List<Line> current = null;
            for (int i = 0; i < lines.size(); i++) {
                if (!shown[i]) {
                    folded++;
                    current = null;
                } else {
                    if (current == null) {
                        current = new ArrayList<>();
                        hunks.add(new Hunk(folded, current));
                        folded = 0;
                    }
                    current.add(lines.get(i));
                }
            }
            return new Folded(
                    hunks.stream()
                            .map(h -> new Hunk(h.foldedBefore(), List.copyOf(h.lines())))
                            .toList(),
                    folded,
                    added,
                    removed);
        }
    }
}
