-- Which handouts each page version links to, so a handout is served only to those who may read a
-- current page that links it (ContentPages.asset). audience is that of the linking section when it has
-- one (a module page's "Mentors" section), else null: the page's own audience applies.
create table page_asset_link (
    id         bigint generated always as identity primary key,
    version_id bigint        not null references page_version (id) on delete cascade,
    asset_path varchar(1000) not null,
    audience   varchar(16),
    constraint page_asset_link_audience check (audience is null or audience in ('ECT', 'MENTOR', 'INDUCTION_TUTOR', 'ALL'))
);
create unique index page_asset_link_unique on page_asset_link (version_id, asset_path, coalesce(audience, ''));
create index page_asset_link_path on page_asset_link (asset_path);
-- The audience check goes from a link to the page whose current version it is.
create index content_page_current_version on content_page (current_version_id);

-- Versions imported before this table existed: their links are in the sanitised HTML of their sections.
insert into page_asset_link (version_id, asset_path, audience)
select distinct s.version_id, replace(m[1], '%20', ' '), s.audience
  from page_section s
 cross join lateral regexp_matches(s.body_html, '(?:href|src)="/programmes/(assets/[^"?#]+)', 'g') as m;
