package uk.ectinduction.content;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * "Did you mean": each word of a search that the programmes never use, replaced by the most similar word they
 * do use (pg_trgm trigram similarity over the word list V70 keeps). The correction is offered only if it finds
 * pages the reader may see, so it never names a word of a page they may not read.
 */
@Component
class SimilarWords {

    private final JdbcClient jdbc;
    /** Whether pg_trgm is installed (V70 creates it where it can); asked once. */
    private volatile Boolean available;

    SimilarWords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> correct(List<String> words, String[] visibleAudiences) {
        if (words.isEmpty() || !available()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                with words as (
                    select q.ord, q.word,
                           exists (select 1 from search_word s where s.word = q.word) as known,
                           (select s.word from search_word s
                             where s.word % q.word
                             order by similarity(s.word, q.word) desc, s.word limit 1) as closest
                      from unnest(?::text[]) with ordinality as q(word, ord)),
                suggestion as (
                    select string_agg(case when known or closest is null then word else closest end, ' '
                                      order by ord) as text,
                           bool_or(not known and closest is not null) as changed
                      from words)
                select s.text from suggestion s
                 where s.changed
                   and exists (select 1 from content_page p
                                 join page_version v on v.id = p.current_version_id
                                 left join induction_module m on m.id = p.module_id
                                 left join week w on w.id = p.week_id
                                where p.audience = any(?)
                                  and p.retired_at is null and m.retired_at is null and w.retired_at is null
                                  and v.search_vector @@ websearch_to_tsquery('english', s.text))""")
                .params(words.toArray(String[]::new), visibleAudiences)
                .query(String.class)
                .optional();
    }

    private boolean available() {
        Boolean known = available;
        if (known == null) {
            known = jdbc.sql("select exists (select 1 from pg_extension where extname = 'pg_trgm')")
                    .query(Boolean.class)
                    .single();
            available = known;
        }
        return known;
    }
}
