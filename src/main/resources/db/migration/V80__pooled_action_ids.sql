-- Next-step actions take their ids fifty at a time through the same pooled allocator as content pages and
-- versions (system.PooledSequence, V29): one nextval reserves the fifty ids up to the value it returns, so the
-- sequence steps by fifty. It is first set to the highest id in use (or kept where it is, if that is higher), so
-- the first block handed out starts above every existing row.

select setval('next_step_action_id_seq',
              greatest((select coalesce(max(id), 0) from next_step_action),
                       (select last_value from next_step_action_id_seq)));

alter sequence next_step_action_id_seq increment by 50;
