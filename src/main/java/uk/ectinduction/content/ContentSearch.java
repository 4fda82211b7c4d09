package uk.ectinduction.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.ectinduction.content.SearchResults.Hit;
import uk.ectinduction.content.SearchResults.Outcome;
import uk.ectinduction.content.SearchResults.Snippet;
import uk.ectinduction.people.Role;

/**
 * Full-text search over the current version of every page the reader may see (V70 keeps each version's
 * weighted tsvector). A search is one SQL statement: the query parsed as a web search, the matches counted,
 * ranked by cover density and cut to one page, and their snippets made. A search that finds nothing takes one
 * more, for a "Did you mean" that finds something.
 */
@Service
@Transactional(readOnly = true)
public class ContentSearch {

    /** Longer text is cut: nobody types more, and the parse and the headline grow with it. */
    static final int MAX_QUERY = 200;

    private static final int MAX_PAGE = 1000;
    private static final char START = '\uE000';
    private static final char STOP = '\uE001';
    private static final String HEADLINE = "StartSel=" + START + ", StopSel=" + STOP
            + ", MaxWords=35, MinWords=15, ShortWord=3, MaxFragments=2, FragmentDelimiter=\" … \"";
    private static final Pattern WORD = Pattern.compile("\\p{L}{3,40}");
    private static final int MAX_SUGGESTED_WORDS = 8;

    private final JdbcClient jdbc;
    private final SimilarWords similarWords;

    ContentSearch(JdbcClient jdbc, SimilarWords similarWords) {
        this.jdbc = jdbc;
        this.similarWords = similarWords;
    }

    record Row(
            int terms,
            Integer total,
            String urlPath,
            String audience,
            String title,
            String moduleTitle,
            String weekTitle,
            String snippet) {}

    public SearchResults search(String typed, int requestedPage, Set<Role> roles) {
        // Control characters (a NUL cannot even be sent to PostgreSQL) are never meant: they count as spaces.
        String query = typed == null ? "" : typed.replaceAll("\\p{Cntrl}", " ").strip();
        if (query.length() > MAX_QUERY) {
            query = query.substring(0, MAX_QUERY);
        }
        int page = Math.max(1, Math.min(MAX_PAGE, requestedPage));
        int size = SearchResults.PAGE_SIZE;
        if (query.isEmpty()) {
            return new SearchResults(query, Outcome.NO_QUERY, 0, page, size, List.of(), null);
        }
        // Audience.visibleTo is the one rule of who reads what; pages answer it the same way (ContentPages).
        String[] visible =
                Audience.visibleTo(roles).stream().map(Audience::name).toArray(String[]::new);
        List<Row> rows = jdbc.sql("""
                with q as (select websearch_to_tsquery('english', ?) as query),
                ranked as (
                    select p.id as page_id, v.id as version_id, count(*) over () as total,
                           ts_rank_cd(v.search_vector, q.query, 1) as rank
                      from q, content_page p
                      join page_version v on v.id = p.current_version_id
                      left join induction_module rm on rm.id = p.module_id
                      left join week rw on rw.id = p.week_id
                     where v.search_vector @@ q.query and p.audience = any(?)
                       and p.retired_at is null and rm.retired_at is null and rw.retired_at is null
                     order by rank desc, v.title, p.url_path
                     limit ? offset ?)
                select numnode(q.query) as terms, r.total, p.url_path, p.audience, v.title,
                       m.title as module_title, w.title as week_title,
                       ts_headline('english', coalesce(nullif(v.search_text, ''), v.title), q.query, ?) as snippet
                  from q
                  left join ranked r on true
                  left join content_page p on p.id = r.page_id
                  left join page_version v on v.id = r.version_id
                  left join induction_module m on m.id = p.module_id
                  left join week w on w.id = p.week_id
                 order by r.rank desc, v.title, p.url_path""")
                .params(query, visible, size, (page - 1) * size, HEADLINE)
                .query(Row.class)
                .list();
        Row first = rows.get(0);
        if (first.terms() == 0) {
            return new SearchResults(query, Outcome.NO_WORDS, 0, page, size, List.of(), null);
        }
        if (first.urlPath() == null) {
            if (page > 1) {
                return new SearchResults(query, Outcome.PAST_THE_END, 0, page, size, List.of(), null);
            }
            String suggestion = similarWords.correct(words(query), visible).orElse(null);
            return new SearchResults(query, Outcome.NOTHING_FOUND, 0, page, size, List.of(), suggestion);
        }
        List<Hit> hits = rows.stream()
                .map(row -> new Hit(
                        row.title(),
                        row.urlPath(),
                        Audience.valueOf(row.audience()) == Audience.ALL
                                ? null
                                : Audience.valueOf(row.audience()).label(),
                        row.moduleTitle(),
                        row.weekTitle(),
                        snippet(row.snippet())))
                .toList();
        return new SearchResults(query, Outcome.FOUND, first.total(), page, size, hits, null);
    }

    /** The words of a search as they may appear in the word list: letters only, lower case, a few at most. */
    static List<String> words(String query) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(query.toLowerCase(Locale.ROOT));
        while (m.find() && words.size() < MAX_SUGGESTED_WORDS) {
            words.add(m.group());
        }
        return words;
    }

    /**
     * Splits a headline at its highlight markers. The text stays text (the template escapes it), so nothing a
     * page or a search says can become markup; only the matches are marked.
     */
    static List<Snippet> snippet(String headline) {
        List<Snippet> parts = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        boolean marked = false;
        for (char c : headline.toCharArray()) {
            if (c == START || c == STOP) {
                if (!run.isEmpty()) {
                    parts.add(new Snippet(run.toString(), marked));
                    run.setLength(0);
                }
                marked = c == START;
            } else {
                run.append(c);
            }
        }
        if (!run.isEmpty()) {
            parts.add(new Snippet(run.toString(), marked));
        }
        return parts;
    }
}
