-- Vendor assignment: an order may move to another vendor, so the checkout's idempotency key is
-- the vendor the buyer chose, not the vendor that finally serves the order.
alter table purchase_order add column requested_seller_id bigint references seller (id);
update purchase_order set requested_seller_id = seller_id;
alter table purchase_order alter column requested_seller_id set not null;
alter table purchase_order drop constraint purchase_order_request_id_seller_id_key;
alter table purchase_order add constraint purchase_order_request_seller_key
  unique (request_id, requested_seller_id);

-- How many open orders a vendor can work on at once; ranking skips vendors at capacity.
alter table seller add column capacity integer not null default 40 check (capacity > 0);

-- One row per vendor offered the order. A vendor is never offered the same order twice.
create table vendor_round (
  order_id     bigint      not null references purchase_order (id),
  round        integer     not null check (round > 0),
  seller_id    bigint      not null references seller (id),
  offered_at   timestamptz not null,
  outcome      varchar(20) check (outcome in ('ACCEPTED', 'REFUSED', 'TIMED_OUT', 'WITHDRAWN')),
  answered_at  timestamptz,
  reason       text,
  primary key (order_id, round),
  unique (order_id, seller_id)
);

-- Why each vendor was chosen or skipped, per round: shown on the order page.
create table vendor_decision (
  id         bigserial     primary key,
  order_id   bigint        not null references purchase_order (id),
  round      integer       not null,
  seller_id  bigint        not null references seller (id),
  chosen     boolean       not null,
  score      numeric(8, 2),
  reason     text          not null,
  decided_by varchar(60)   not null,
  decided_at timestamptz   not null,
  unique (order_id, round, seller_id)
);

create index vendor_round_seller_idx on vendor_round (seller_id);
