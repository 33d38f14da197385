-- Operations' bulk actions: one audit row per order and action, done or skipped and why (issue 9).
create table order_action (
  id       bigserial    primary key,
  batch_id uuid         not null,
  order_id bigint       not null references purchase_order (id),
  action   varchar(30)  not null,
  actor    varchar(60)  not null,
  at       timestamptz  not null,
  outcome  varchar(10)  not null check (outcome in ('DONE', 'SKIPPED', 'FAILED')),
  detail   text         not null
);
create index order_action_order_idx on order_action (order_id, id);
