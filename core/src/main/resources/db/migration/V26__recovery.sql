-- When the seller offered a refund: the buyer's answer window runs from here, also for a process
-- re-created after the offer.
alter table dispute add column offered_at timestamptz;
update dispute set offered_at = opened_at where status <> 'OPEN' and offered_refund is not null;

-- What order-recovery found: one case per finding (an order stuck past its SLA, a step whose
-- job failed for the last time, an order whose process instance is gone, an outbox entry that keeps
-- failing), and what became of it.
create table recovery_case (
  id              bigserial    primary key,
  order_id        bigint       references purchase_order (id),
  kind            varchar(20)  not null
                  check (kind in ('STUCK', 'JOB_FAILED', 'INSTANCE_LOST', 'OUTBOX_FAILING')),
  subject         varchar(200) not null,
  detail          text         not null,
  status          varchar(20)  not null
                  check (status in ('OPEN', 'RECOVERED', 'ESCALATED', 'RESOLVED')),
  attempts        integer      not null default 0 check (attempts >= 0),
  detected_at     timestamptz  not null,
  next_attempt_at timestamptz  not null,
  closed_at       timestamptz,
  closed_by       varchar(60),
  check ((status in ('OPEN', 'ESCALATED')) = (closed_at is null))
);

create unique index recovery_case_subject_idx on recovery_case (kind, subject);
create index recovery_case_order_idx on recovery_case (order_id, id);
create index recovery_case_due_idx on recovery_case (next_attempt_at) where status = 'OPEN';

-- Each remedy the policy chose, with the rules that fired and the facts they saw, and what
-- applying it did.
create table recovery_decision (
  id          bigserial    primary key,
  case_id     bigint       not null references recovery_case (id),
  remedy      varchar(20)  not null
              check (remedy in ('RETRY', 'REASSIGN_VENDOR', 'EXTEND_DEADLINE', 'CANCEL_AND_REFUND',
                                'RECREATE_INSTANCE', 'ESCALATE')),
  explanation text         not null,
  rules       text         not null,
  facts       text         not null,
  decided_at  timestamptz  not null,
  outcome     varchar(20)  check (outcome in ('APPLIED', 'FAILED')),
  outcome_detail text,
  applied_at  timestamptz
);

create index recovery_decision_case_idx on recovery_decision (case_id, id);

-- An extended deadline: the SLA sweep leaves the order alone until then.
alter table purchase_order add column recovery_deadline timestamptz;

-- A failed step is retried by activating its element again in place of the failed instance, in
-- the engine run that ran it (a step of a lost run is re-run by re-creating the order's process).
alter table job_failure add column element_instance_key bigint;
alter table job_failure add column engine_run varchar(40);
