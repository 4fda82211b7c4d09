package uk.ectinduction.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ectinduction.content.SearchResults.Outcome;
import uk.ectinduction.content.SearchResults.Snippet;

class SearchResultsTest {

    static SearchResults page(int page, int total) {
        return new SearchResults("q", Outcome.FOUND, total, page, 10, List.of(), null);
    }

    @Test
    void pageLinksShowTheEndsAndTheNeighboursWithGapsBetween() {
        assertThat(page(1, 5).pageLinks()).containsExactly(1);
        assertThat(page(1, 30).pageLinks()).containsExactly(1, 2, 3);
        assertThat(page(5, 100).pageLinks()).containsExactly(1, null, 4, 5, 6, null, 10);
        assertThat(page(2, 100).pageLinks()).containsExactly(1, 2, 3, null, 10);
        assertThat(page(10, 100).pageLinks()).containsExactly(1, null, 9, 10);
        assertThat(page(3, 21).first()).isEqualTo(21);
    }

    @Test
    void aHeadlineSplitsAtItsMarkersIntoRunsOfText() {
        assertThat(ContentSearch.snippet("a \uE000parents\uE001 & \uE000evening\uE001 <b>"))
                .containsExactly(
                        new Snippet("a ", false),
                        new Snippet("parents", true),
                        new Snippet(" & ", false),
                        new Snippet("evening", true),
                        new Snippet(" <b>", false));
        assertThat(ContentSearch.snippet("")).isEmpty();
    }

    @Test
    void theWordsOfASearchAreLettersInLowerCase() {
        assertThat(ContentSearch.words("\"Parents’ evening\" -SEND <script> a 42"))
                .containsExactly("parents", "evening", "send", "script");
        String[] many = new String[20];
        Arrays.fill(many, "word");
        assertThat(ContentSearch.words(String.join(" ", many))).hasSize(8);
    }
}
