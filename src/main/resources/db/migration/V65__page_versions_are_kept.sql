-- Nothing in a page's history is ever overwritten or deleted (docs/content.md, "History"): a version's text and
-- its place in the page's history are fixed once written, and no version is removed. Its status, who published it
-- and when may still be recorded later; its sections, intentions and handout links go only with the version.
create function keep_page_version() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE'
       and new.source_markdown = old.source_markdown
       and new.source_sha256 = old.source_sha256
       and new.page_id = old.page_id
       and new.version_number = old.version_number then
        return new;
    end if;
    raise exception 'page versions are kept as they were written: % of version % refused', tg_op, old.id
        using errcode = 'restrict_violation';
end
$$;

create trigger page_version_kept
    before update or delete on page_version
    for each row execute function keep_page_version();
create trigger page_version_not_truncated
    before truncate on page_version
    for each statement execute function refuse_to_rewrite_history();
