-- One payment per order at the gateway. The row (with its idempotency key) is written before the
-- gateway is called, so a retried call reuses the key and the gateway creates nothing twice.
create table payment_intent (
  order_id         bigint        primary key references purchase_order (id),
  idempotency_key  varchar(200)  not null unique,
  amount           numeric(14, 2) not null check (amount > 0),
  currency         char(3)       not null default 'INR',
  gateway_order_id varchar(100)  unique,
  payment_id       varchar(100)  unique,
  status           varchar(20)   not null check (status in ('CREATED', 'CAPTURED', 'AMOUNT_MISMATCH')),
  created_at       timestamptz   not null,
  updated_at       timestamptz   not null
);

-- Inbound webhooks, recorded once per provider event id before anything acts on them.
create table webhook_inbox (
  id           bigserial    primary key,
  provider     varchar(40)  not null,
  event_id     varchar(200) not null,
  event_type   varchar(100) not null,
  payload      text         not null,
  received_at  timestamptz  not null,
  processed_at timestamptz,
  outcome      text,
  unique (provider, event_id)
);
