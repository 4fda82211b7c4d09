package uk.ectinduction.content.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import uk.ectinduction.content.internal.LineDiff.Change;
import uk.ectinduction.content.internal.LineDiff.Folded;
import uk.ectinduction.content.internal.LineDiff.Line;

/** The line diff on plain strings, without Spring. */
class LineDiffTest {

    /** Each line as "  text", "+ text" or "- text", the way a reader scans a diff. */
    private static List<String> marked(List<Line> lines) {
        return lines.stream()
                .map(l -> switch (l.change()) {
                    case UNCHANGED -> "  " + l.text();
                    case ADDED -> "+ " + l.text();
                    case REMOVED -> "- " + l.text();
                })
                .toList();
    }

    @Test
    void anAddedLineIsMarkedAddedAndTheRestUnchanged() {
        List<Line> lines = LineDiff.of("# Title\nFirst\nLast\n", "# Title\nFirst\nNew line\nLast\n");
        assertThat(marked(lines)).containsExactly("  # Title", "  First", "+ New line", "  Last");
        assertThat(lines.get(2)).isEqualTo(new Line(Change.ADDED, null, 3, "New line"));
        assertThat(lines.get(3)).isEqualTo(new Line(Change.UNCHANGED, 3, 4, "Last"));
    }

    @Test
    void aRemovedLineIsMarkedRemovedWithItsOldNumber() {
        List<Line> lines = LineDiff.of("a\nb\nc", "a\nc");
        assertThat(marked(lines)).containsExactly("  a", "- b", "  c");
        assertThat(lines.get(1)).isEqualTo(new Line(Change.REMOVED, 2, null, "b"));
    }

    @Test
    void aChangedLineIsItsRemovalThenItsAddition() {
        assertThat(marked(LineDiff.of("Plan: 5 mins\nReview: 10 mins\n", "Plan: 5 mins\nReview: 15 mins\n")))
                .containsExactly("  Plan: 5 mins", "- Review: 10 mins", "+ Review: 15 mins");
    }

    @Test
    void theEditIsTheShortestOne() {
        // The classic example: ABCABBA to CBABAC takes five edits, not more.
        List<Line> lines = LineDiff.of(String.join("\n", "ABCABBA".split("")), String.join("\n", "CBABAC".split("")));
        assertThat(lines.stream().filter(l -> l.change() != Change.UNCHANGED)).hasSize(5);
        assertThat(lines.stream().filter(l -> l.change() == Change.UNCHANGED)).hasSize(4);
    }

    @Test
    void lineEndsDoNotCountAndEmptyTextsWork() {
        assertThat(marked(LineDiff.of("a\r\nb\r\n", "a\nb"))).containsExactly("  a", "  b");
        assertThat(marked(LineDiff.of("", "new\n"))).containsExactly("+ new");
        assertThat(marked(LineDiff.of("old\n", ""))).containsExactly("- old");
        assertThat(LineDiff.of("", "")).isEmpty();
    }

    @Test
    void replacingEveryLineRemovesAllAndAddsAll() {
        assertThat(marked(LineDiff.of("a\nb", "c\nd"))).containsExactly("- a", "- b", "+ c", "+ d");
    }

    /** Whatever the texts, keeping the unchanged and removed lines gives the old text, and unchanged and added the new. */
    @Test
    void theDiffRebuildsBothTextsForRandomEdits() {
        Random random = new Random(12);
        for (int round = 0; round < 300; round++) {
            List<String> older = randomLines(random);
            List<String> newer = randomLines(random);
            List<Line> lines = LineDiff.of(String.join("\n", older), String.join("\n", newer));
            assertThat(lines.stream()
                            .filter(l -> l.change() != Change.ADDED)
                            .map(Line::text)
                            .toList())
                    .isEqualTo(older);
            assertThat(lines.stream()
                            .filter(l -> l.change() != Change.REMOVED)
                            .map(Line::text)
                            .toList())
                    .isEqualTo(newer);
            assertThat(lines.stream()
                            .filter(l -> l.change() != Change.ADDED)
                            .map(Line::oldNumber)
                            .toList())
                    .isEqualTo(IntStream.rangeClosed(1, older.size()).boxed().toList());
            assertThat(lines.stream()
                            .filter(l -> l.change() != Change.REMOVED)
                            .map(Line::newNumber)
                            .toList())
                    .isEqualTo(IntStream.rangeClosed(1, newer.size()).boxed().toList());
            long unchanged =
                    lines.stream().filter(l -> l.change() == Change.UNCHANGED).count();
            assertThat(unchanged).isEqualTo(longestCommonSubsequence(older, newer));
        }
    }

    private static List<String> randomLines(Random random) {
        List<String> lines = new ArrayList<>();
        int size = random.nextInt(12);
        for (int i = 0; i < size; i++) {
            lines.add(String.valueOf((char) ('a' + random.nextInt(4))));
        }
        return lines;
    }

    /** The textbook table, as an independent check that the diff keeps as many lines as can be kept. */
    private static int longestCommonSubsequence(List<String> a, List<String> b) {
        int[][] table = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                table[i][j] = a.get(i).equals(b.get(j))
                        ? table[i + 1][j + 1] + 1
                        : Math.max(table[i + 1][j], table[i][j + 1]);
            }
        }
        return table[0][0];
    }

    private static String numbered(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> "line " + i).collect(Collectors.joining("\n"));
    }

    @Test
    void unchangedRunsAreFoldedLeavingContextAroundEachChange() {
        String older = numbered(1, 30);
        String newer = older.replace("line 5\n", "line five\n").replace("line 25\n", "line 25\nline 25b\n");
        Folded folded = Folded.of(LineDiff.of(older, newer), 3);
        assertThat(folded.added()).isEqualTo(2);
        assertThat(folded.removed()).isEqualTo(1);
        assertThat(folded.hunks()).hasSize(2);
        // Line 1 alone before the context is shown, not folded.
        assertThat(folded.hunks().get(0).foldedBefore()).isEqualTo(0);
        assertThat(marked(folded.hunks().get(0).lines()))
                .containsExactly(
                        "  line 1",
                        "  line 2",
                        "  line 3",
                        "  line 4",
                        "- line 5",
                        "+ line five",
                        "  line 6",
                        "  line 7",
                        "  line 8");
        assertThat(folded.hunks().get(1).foldedBefore()).isEqualTo(14); // lines 9 to 22
        assertThat(marked(folded.hunks().get(1).lines()))
                .containsExactly(
                        "  line 23", "  line 24", "  line 25", "+ line 25b", "  line 26", "  line 27", "  line 28");
        assertThat(folded.foldedAfter()).isEqualTo(2);
    }

    @Test
    void aSingleUnchangedLineIsShownRatherThanFolded() {
        String older = numbered(1, 9);
        String newer = older.replace("line 1\n", "line one\n").replace("line 9", "line nine");
        Folded folded = Folded.of(LineDiff.of(older, newer), 3);
        assertThat(folded.hunks()).hasSize(1);
        assertThat(folded.hunks().get(0).lines()).hasSize(11);
    }

    @Test
    void identicalTextsHaveNoHunksAndFoldEverything() {
        Folded folded = Folded.of(LineDiff.of("a\nb\n", "a\nb\n"), 3);
        assertThat(folded.same()).isTrue();
        assertThat(folded.hunks()).isEmpty();
        assertThat(folded.foldedAfter()).isEqualTo(2);
    }
}
