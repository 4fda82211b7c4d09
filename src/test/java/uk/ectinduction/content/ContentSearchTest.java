package uk.ectinduction.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.ectinduction.content.SearchResults.Hit;
import uk.ectinduction.content.SearchResults.Outcome;
import uk.ectinduction.people.Role;
import uk.ectinduction.support.IntegrationTest;

/** Search over the real module and small fixtures: ranking, who finds what, and a search kept up to date. */
@IntegrationTest
class ContentSearchTest {

    static final String MODULE = "/programmes/education-development-trust/year-1-a-people-profession";

    @Autowired
    ContentImporter importer;

    @Autowired
    ContentSearch search;

    @Autowired
    JdbcClient jdbc;

    void importCorpus() {
        ImportReport report = importer.importContent(
                ImportRequest.tree(ContentFixtures.tree(ContentFixtures.CORPUS)), ImportProgress.NONE);
        assertThat(report.errors()).isEmpty();
    }

    /** Every hit of a search, page after page. */
    List<Hit> everyHit(String query, Set<Role> roles) {
        List<Hit> hits = new ArrayList<>();
        SearchResults results = search.search(query, 1, roles);
        while (results.outcome() == Outcome.FOUND) {
            hits.addAll(results.hits());
            results = search.search(query, results.page() + 1, roles);
        }
        return hits;
    }

    /** How often a page's current version says "parents' evening" (or "parents evenings"). */
    int mentions(String url) {
        String source = jdbc.sql("select v.source_markdown from content_page p "
                        + "join page_version v on v.id = p.current_version_id where p.url_path = ?")
                .param(url)
                .query(String.class)
                .single();
        return (int) Pattern.compile("parents.{0,2} evening", Pattern.CASE_INSENSITIVE)
                .matcher(source)
                .results()
                .count();
    }

    static List<String> urls(List<Hit> hits) {
        return hits.stream().map(Hit::url).toList();
    }

    @Test
    void parentsEveningRanksTheParentsEveningPagesFirstForAMentor() {
        importCorpus();
        List<String> ranked = urls(everyHit("parents evening", Set.of(Role.MENTOR)));

        // The pages about parents' evening: the ECT's evidence (nine mentions, one in a heading), the week 2 mentor
        // materials (seven), and the seed's week 4 mentor materials (seven) wherever other tests import it.
        String evidence = MODULE + "/summer-week-1-ect-evidence";
        String week2 = MODULE + "/summer-week-2-mentor-materials";
        assertThat(ranked.subList(0, 2))
                .allSatisfy(url -> assertThat(mentions(url)).as(url).isGreaterThanOrEqualTo(5));
        // Both come before every page that mentions it only once or twice.
        int firstInPassing = 0;
        while (firstInPassing < ranked.size() && mentions(ranked.get(firstInPassing)) > 2) {
            firstInPassing++;
        }
        assertThat(ranked.subList(0, firstInPassing)).contains(evidence, week2);
        // Pages that mention it once or twice come after them.
        for (String inPassing : List.of(
                MODULE + "/summer-week-1-mentor-materials",
                MODULE + "/summer-week-5-mentor-materials",
                MODULE + "/summer-week-1-ect-learning-outcomes")) {
            assertThat(ranked.indexOf(inPassing)).isGreaterThan(ranked.indexOf(week2));
        }
        // Tutor materials mention it six times, but a mentor may not read them.
        assertThat(ranked).doesNotContain(MODULE + "/summer-week-1-induction-tutor-materials");

        Hit top =
                search.search("parents evening", 1, Set.of(Role.MENTOR)).hits().get(0);
        assertThat(top.snippet())
                .filteredOn(SearchResults.Snippet::marked)
                .extracting(s -> s.text().toLowerCase())
                .contains("parents", "evening");
    }

    @Test
    void anEctsSearchNeverReturnsAMentorOrTutorPage() {
        importCorpus();
        SearchFixtures.importWeek(importer, "Read this before class.", "Mentors talk about the hippogriff.");
        List<String> queries = List.of(
                "parents evening",
                "mentor",
                "mentor materials",
                "induction tutor",
                "training session",
                "meeting",
                "relationships",
                "behaviour",
                "week",
                "materials",
                "planning for action",
                "learning intentions",
                "review plan next steps",
                "theory to practice",
                "SENCO",
                "workload",
                "hippogriff",
                "\"trusting relationships\"",
                "pupils -parents",
                "tutor OR mentor");
        Set<Role> ect = Set.of(Role.ECT);
        int found = 0;
        for (String query : queries) {
            List<Hit> hits = everyHit(query, ect);
            found += hits.size();
            for (Hit hit : hits) {
                String audience = jdbc.sql("select audience from content_page where url_path = ?")
                        .param(hit.url())
                        .query(String.class)
                        .single();
                assertThat(audience).as(query + " -> " + hit.url()).isIn("ECT", "ALL");
            }
        }
        assertThat(found).as("the queries find ECT pages").isGreaterThan(queries.size());
        // A module page's mentor part is not searchable from it, so its words cannot show in a snippet.
        assertThat(everyHit("hippogriff", ect)).isEmpty();
        assertThat(urls(everyHit("hippogriff", Set.of(Role.MENTOR)))).containsExactly(SearchFixtures.MENTOR_PAGE);
        // The tutor's pages are the tutor's: a tutor finds them, an ECT does not.
        assertThat(urls(everyHit("parents evening", Set.of(Role.INDUCTION_TUTOR))))
                .contains(MODULE + "/summer-week-1-induction-tutor-materials");
    }

    @Test
    void aNewVersionIsSearchedInsteadOfTheOldOne() {
        SearchFixtures.importWeek(importer, "Watch the quokka at break.", "Nothing here.");
        Set<Role> ect = Set.of(Role.ECT);
        assertThat(urls(everyHit("quokka", ect))).containsExactly(SearchFixtures.ECT_PAGE);

        SearchFixtures.importWeek(importer, "Watch the wombat at break.", "Nothing here.");
        assertThat(everyHit("quokka", ect)).isEmpty();
        assertThat(urls(everyHit("wombats", ect))).containsExactly(SearchFixtures.ECT_PAGE);
    }

    @Test
    void titlesAndHeadingsWeighMoreThanTheBody() {
        SearchFixtures.importWeek(
                importer, "## Axolotl care\n\nSome words.", "A note on the axolotl, in passing, among other words.");
        List<String> ranked = urls(everyHit("axolotl", Set.of(Role.MENTOR)));
        assertThat(ranked).containsExactly(SearchFixtures.ECT_PAGE, SearchFixtures.MENTOR_PAGE);
    }

    @Test
    void aSearchThatFindsNothingSuggestsACorrectionThatFindsSomething() {
        importCorpus();
        SearchResults results = search.search("parnets evenning", 1, Set.of(Role.MENTOR));
        assertThat(results.outcome()).isEqualTo(Outcome.NOTHING_FOUND);
        assertThat(results.suggestion()).isEqualTo("parents evening");
        assertThat(search.search(results.suggestion(), 1, Set.of(Role.MENTOR)).outcome())
                .isEqualTo(Outcome.FOUND);

        // Nothing close enough: no suggestion rather than a wild one.
        assertThat(search.search("zzqxv", 1, Set.of(Role.MENTOR)).suggestion()).isNull();
        // Only common words or punctuation: nothing to look for, said plainly.
        assertThat(search.search("the and of !!!", 1, Set.of(Role.ECT)).outcome())
                .isEqualTo(Outcome.NO_WORDS);
        assertThat(search.search("   ", 1, Set.of(Role.ECT)).outcome()).isEqualTo(Outcome.NO_QUERY);
        // Unbalanced quotes and stray operators are a web search's to forgive.
        assertThat(search.search("\"parents -", 1, Set.of(Role.ECT)).outcome()).isEqualTo(Outcome.FOUND);
        assertThat(search.search("parents\u0000\tevening", 1, Set.of(Role.ECT)).query())
                .isEqualTo("parents  evening");
    }

    @Test
    void pagesOfResultsTogetherHoldEveryHitOnce() {
        importer.importContent(SyntheticTree.request("search-paging", 1, 12), ImportProgress.NONE);
        Set<Role> admin = Set.of(Role.ADMIN);
        SearchResults first = search.search("practise together", 1, admin);
        assertThat(first.total()).isGreaterThanOrEqualTo(12);
        assertThat(first.hits()).hasSize(SearchResults.PAGE_SIZE);
        List<Hit> all = everyHit("practise together", admin);
        assertThat(all).hasSize(first.total());
        assertThat(all.stream().map(Hit::url).collect(Collectors.toSet())).hasSize(first.total());
        SearchResults last = search.search("practise together", first.pages(), admin);
        assertThat(last.hits()).hasSize(first.total() - SearchResults.PAGE_SIZE * (first.pages() - 1));
        assertThat(search.search("practise together", first.pages() + 1, admin).outcome())
                .isEqualTo(Outcome.PAST_THE_END);
    }
}
