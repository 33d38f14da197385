-- The inbox pages open tasks, those due first (issue 9).
create index human_task_open_due_idx on human_task (due_at nulls last, id) where status = 'OPEN';
