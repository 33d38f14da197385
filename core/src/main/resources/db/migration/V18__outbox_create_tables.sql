-- Commit, then tell: what the application must tell the engine or a platform is written in the
-- same transaction as the business change; a relay sends it after commit, a sweep sends what a
-- crash left. The dedup key makes a second write of the same intention a no-op.
create table outbox_entry (
  id              bigserial    primary key,
  kind            varchar(60)  not null,
  dedup_key       varchar(200) not null unique,
  payload         text         not null,
  status          varchar(20)  not null check (status in ('PENDING', 'SENT', 'REJECTED')),
  attempts        integer      not null default 0,
  last_error      text,
  next_attempt_at timestamptz  not null,
  claimed_until   timestamptz,
  created_at      timestamptz  not null,
  sent_at         timestamptz
);
create index outbox_entry_due_idx on outbox_entry (next_attempt_at) where status = 'PENDING';

-- Every failed job attempt, so recovery finds a step that failed for the last time
-- (retries_left = 0) without asking the engine.
create table job_failure (
  id                   bigserial    primary key,
  job_key              bigint       not null,
  job_type             varchar(100) not null,
  process_instance_key bigint       not null,
  element_id           varchar(200),
  order_id             bigint,
  retries_left         integer      not null,
  error                text         not null,
  failed_at            timestamptz  not null
);
create index job_failure_order_idx on job_failure (order_id);
create index job_failure_final_idx on job_failure (failed_at) where retries_left = 0;

-- A payment captured for an order that is already cancelled or paid goes back to the buyer:
-- recorded once by the gateway's payment id, refunded through the outbox.
create table late_capture (
  payment_id  varchar(100)  primary key,
  order_id    bigint        not null,
  amount      numeric(14, 2) not null check (amount > 0),
  refund_key  varchar(200)  not null unique,
  reason      text          not null,
  created_at  timestamptz   not null
);
alter table ledger_transaction drop constraint ledger_transaction_kind_check;
alter table ledger_transaction add constraint ledger_transaction_kind_check
  check (kind in ('HOLD', 'RELEASE', 'REFUND', 'SPLIT', 'REVERSAL', 'LATE_CAPTURE_REFUND'));
