-- Full-text search over content pages (ContentSearch). Each page version carries the plain text of its
-- section headings and of its body, as the reader sees them (no Markdown, no HTML), written by whatever saves
-- the version. A stored generated column turns title, headings and body into one weighted tsvector, so a version
-- is searchable the moment it is written: import, publish and edit are covered without anyone remembering to
-- refresh an index. Search reads only the version a page's current_version_id names; drafts and old versions
-- are indexed too but never match.
--
-- Sections that name their own audience (a module page's "Mentors" or "Induction tutor" parts) are left out of
-- the text: a reader who may see the module page may not see them, and a snippet must never show them. Those
-- sections introduce and link the audience's own pages, which are indexed themselves.

alter table page_version add column search_headings text;
alter table page_version add column search_text text;

-- Versions written before this migration: their text from the sanitised HTML of their sections. New versions
-- get jsoup's text of the same HTML from the importer, which reads entities the same way as below.
update page_version v
   set search_headings = coalesce(s.headings, ''),
       search_text = coalesce(s.body, '')
  from (select v2.id,
               string_agg(s.heading, ' ' order by s.position) as headings,
               string_agg(btrim(regexp_replace(
                   replace(replace(replace(replace(replace(replace(
                       regexp_replace(s.body_html, '<[^>]*>', ' ', 'g'),
                       '&nbsp;', ' '), '&lt;', '<'), '&gt;', '>'), '&quot;', '"'), '&#39;', ''''), '&amp;', '&'),
                   '\s+', ' ', 'g')), ' ' order by s.position) as body
          from page_version v2
          left join page_section s on s.version_id = v2.id and s.audience is null
         group by v2.id) s
 where s.id = v.id;

-- Title and the page's own heading weigh most (A), then its caption and section headings (B), then the body (D).
alter table page_version add column search_vector tsvector generated always as (
    setweight(to_tsvector('english', coalesce(title, '') || ' ' || coalesce(heading, '')), 'A')
    || setweight(to_tsvector('english', coalesce(caption, '') || ' ' || coalesce(search_headings, '')), 'B')
    || setweight(to_tsvector('english', coalesce(search_text, '')), 'D')) stored;

create index page_version_search on page_version using gin (search_vector);

-- The words of the programmes, as written (not stemmed), for "Did you mean" on a search that finds nothing.
-- Kept by a trigger on every version written, so no writer has to know about it. A word is offered only if
-- the corrected search finds pages the reader may see (ContentSearch), so a word from a draft or from
-- another audience's page is never shown by itself.
create table search_word (
    word varchar(40) primary key
);

create function page_version_search_words() returns trigger language plpgsql as $$
begin
    insert into search_word (word)
    select distinct lexeme
      from unnest(to_tsvector('simple',
               coalesce(new.title, '') || ' ' || coalesce(new.search_headings, '') || ' ' || coalesce(new.search_text, '')))
     where lexeme ~ '^[[:alpha:]]{3,40}$'
    on conflict do nothing;
    return null;
end
$$;

create trigger page_version_search_words after insert or update of title, search_headings, search_text
    on page_version for each row execute function page_version_search_words();

insert into search_word (word)
select distinct lexeme
  from page_version v,
       unnest(to_tsvector('simple',
           coalesce(v.title, '') || ' ' || coalesce(v.search_headings, '') || ' ' || coalesce(v.search_text, '')))
 where lexeme ~ '^[[:alpha:]]{3,40}$'
on conflict do nothing;

-- Similar words are found through pg_trgm's trigram index where the extension can be created (it ships with
-- PostgreSQL's contrib, the embedded server and the official image; it is a trusted extension, so a database
-- owner may create it). Where it cannot, search still works and suggests browsing instead.
do $$
begin
    if exists (select 1 from pg_available_extensions where name = 'pg_trgm') then
        create extension if not exists pg_trgm;
        create index search_word_trigram on search_word using gin (word gin_trgm_ops);
    end if;
exception
    when insufficient_privilege then
        raise notice 'pg_trgm not created (%): search will not offer "Did you mean"', sqlerrm;
end
$$;
