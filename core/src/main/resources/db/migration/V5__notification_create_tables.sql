-- Outgoing notifications. The row is written before the provider is called (idempotency key
-- first), so a redelivered job never messages the buyer twice.
create table notification (
  id                  bigserial    primary key,
  dedup_key           varchar(200) not null unique,
  channel             varchar(20)  not null,
  recipient           varchar(40)  not null,
  template            varchar(100) not null,
  parameters          text         not null,
  status              varchar(20)  not null check (status in ('PENDING', 'SENT', 'FAILED')),
  provider_message_id varchar(200),
  last_error          text,
  created_at          timestamptz  not null,
  updated_at          timestamptz  not null
);
