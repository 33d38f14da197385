-- The embedded engine starts its keys again from the same numbers after a restart, so a task row
-- is identified by the engine run that issued it and its element instance key together. Rows
-- from before this migration belong to one earlier run.
alter table human_task add column engine_run varchar(40) not null default 'before-runs';
alter table human_task alter column engine_run drop default;
alter table human_task drop constraint human_task_element_instance_key_key;
alter table human_task add constraint human_task_run_element_instance_key
  unique (engine_run, element_instance_key);
