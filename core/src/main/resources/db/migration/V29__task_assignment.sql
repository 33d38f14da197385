-- The inbox assigns, delegates, prioritises and escalates tasks (issue 9); every change is audited.
alter table human_task
  add column priority     smallint    not null default 2 check (priority between 1 and 3),
  add column follow_up_at timestamptz,
  -- who delegated the task: it comes back to them when the delegate hands it back
  add column owner        varchar(60),
  add column escalated_at timestamptz,
  add column escalated_to varchar(100);

create table task_event (
  id      bigserial    primary key,
  task_id bigint       not null references human_task (id),
  at      timestamptz  not null,
  actor   varchar(60)  not null,
  action  varchar(20)  not null,
  detail  text
);
create index task_event_task_idx on task_event (task_id, id);

-- Completed-task history, newest first.
create index human_task_closed_idx on human_task (closed_at desc, id desc) where status <> 'OPEN';
