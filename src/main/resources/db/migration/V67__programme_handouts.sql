-- Which handouts came with which programme's tree, so that an export gives back the assets/ folder it was
-- imported with, including a handout no page links. content_asset stays one namespace shared by all programmes
-- (assets/materials/x.pdf is one file however many trees bring it); this records each tree that brought it.
create table programme_asset (
    programme_id bigint        not null references programme (id),
    asset_path   varchar(1000) not null references content_asset (path),
    primary key (programme_id, asset_path)
);
create index programme_asset_path on programme_asset (asset_path);

-- Handouts imported before this table existed: those a version of one of the programme's pages links.
insert into programme_asset (programme_id, asset_path)
select distinct p.programme_id, l.asset_path
  from page_asset_link l
  join page_version v on v.id = l.version_id
  join content_page p on p.id = v.page_id
  join content_asset a on a.path = l.asset_path;
