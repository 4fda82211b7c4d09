package uk.ectinduction.content;

import java.util.ArrayList;
import java.util.List;

/**
 * One page of a search, already limited to what the reader may see: the hits in rank order, how many there
 * are in all, and, when there are none, a corrected search that does find something, if there is one.
 */
public record SearchResults(
        String query, Outcome outcome, int total, int page, int pageSize, List<Hit> hits, String suggestion) {

    public static final int PAGE_SIZE = 10;

    public enum Outcome {
        /** Nothing typed yet. */
        NO_QUERY,
        /** Typed, but no word left to look for (only punctuation or words as common as "the"). */
        NO_WORDS,
        FOUND,
        NOTHING_FOUND,
        /** There are results, but the page asked for is past the last of them. */
        PAST_THE_END
    }

    /** A page that matched: where it is, whom it is for, and words of it around the match. */
    public record Hit(String title, String url, String audience, String module, String week, List<Snippet> snippet) {}

    /** A run of a hit's text, {@code marked} where it matched the search. */
    public record Snippet(String text, boolean marked) {}

    public int pages() {
        return (total + pageSize - 1) / pageSize;
    }

    public int first() {
        return (page - 1) * pageSize + 1;
    }

    public int last() {
        return first() + hits.size() - 1;
    }

    /**
     * The page numbers to link, GOV.UK style: the first, the last, and those either side of this one, with
     * {@code null} for a gap shown as an ellipsis.
     */
    public List<Integer> pageLinks() {
        List<Integer> links = new ArrayList<>();
        for (int n = 1; n <= pages(); n++) {
            if (n == 1 || n == pages() || Math.abs(n - page) <= 1) {
                links.add(n);
            } else if (!links.isEmpty() && links.get(links.size() - 1) != null) {
                links.add(null);
            }
        }
        return links;
    }
}
