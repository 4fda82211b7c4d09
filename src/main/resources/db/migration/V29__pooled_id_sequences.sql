-- Content pages and page versions take their ids fifty at a time through Hibernate's pooled optimizer
-- (ContentStore's PooledSequence): one nextval reserves the fifty ids up to the value it returns, the convention
-- of a JPA @SequenceGenerator(allocationSize = 50). The sequences step by fifty to match.
--
-- Each sequence is first set to the highest id in use (or kept where it is, if that is higher), so the first
-- block handed out starts above every existing row.

select setval('content_page_id_seq',
              greatest((select coalesce(max(id), 0) from content_page), (select last_value from content_page_id_seq)));
select setval('page_version_id_seq',
              greatest((select coalesce(max(id), 0) from page_version), (select last_value from page_version_id_seq)));

alter sequence content_page_id_seq increment by 50;
alter sequence page_version_id_seq increment by 50;
