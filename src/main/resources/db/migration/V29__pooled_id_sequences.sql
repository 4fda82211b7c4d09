-- Ids for content pages, page versions and next-step actions are handed out fifty at a time by Hibernate's
-- pooled optimizer (ContentStore's PooledSequence and NextStepAction's @SequenceGenerator): one nextval reserves
-- the fifty ids up to the value it returns. The sequences step by fifty to match (Hibernate checks next_step_action_id_seq at start-up).
--
-- Each sequence is first set to the highest id in use (or kept where it is, if that is higher), so the first
-- block handed out starts above every existing row.

select setval('content_page_id_seq',
              greatest((select coalesce(max(id), 0) from content_page), (select last_value from content_page_id_seq)));
select setval('page_version_id_seq',
              greatest((select coalesce(max(id), 0) from page_version), (select last_value from page_version_id_seq)));
select setval('next_step_action_id_seq',
              greatest((select coalesce(max(id), 0) from next_step_action),
                       (select last_value from next_step_action_id_seq)));

alter sequence content_page_id_seq increment by 50;
alter sequence page_version_id_seq increment by 50;
alter sequence next_step_action_id_seq increment by 50;
