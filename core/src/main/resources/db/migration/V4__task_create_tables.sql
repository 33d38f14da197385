-- The human task inbox, fed by the engine's job-worker user tasks (see docs/adr/0001).
create table human_task (
  id                   bigserial    primary key,
  element_instance_key bigint       not null unique,
  job_key              bigint       not null,
  process_instance_key bigint       not null,
  bpmn_process_id      varchar(100) not null,
  kind                 varchar(40)  not null,
  candidate_group      varchar(100),
  assignee             varchar(60),
  due_at               timestamptz,
  order_id             bigint       references purchase_order (id),
  status               varchar(20)  not null check (status in ('OPEN', 'COMPLETED', 'CANCELED')),
  created_at           timestamptz  not null,
  closed_at            timestamptz,
  closed_by            varchar(60),
  outcome              varchar(40),
  comment              text
);

create index human_task_open_idx on human_task (status, candidate_group);
create index human_task_order_idx on human_task (order_id);
