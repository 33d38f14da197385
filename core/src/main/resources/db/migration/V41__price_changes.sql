-- Issue 11: sellers change their prices from a recommendation; a large change waits for
-- operations (a task), a small one applies at once. Each change is kept with its reasons.
create table price_change (
  id              bigserial     primary key,
  request_id      uuid          not null unique,
  offer_id        bigint        not null references offer (id),
  seller_id       bigint        not null references seller (id),
  old_price       numeric(12, 2) not null,
  new_price       numeric(12, 2) not null check (new_price > 0),
  change_percent  numeric(7, 2) not null,
  reasons         text,
  status          varchar(20)   not null
                  check (status in ('APPLIED', 'AWAITING_APPROVAL', 'REFUSED')),
  requested_by    varchar(60)   not null,
  requested_at    timestamptz   not null,
  decided_by      varchar(60),
  decided_at      timestamptz,
  decision_note   varchar(500)
);
create index price_change_offer_idx on price_change (offer_id, id desc);
-- At most one change of an offer waits for approval at a time.
create unique index price_change_waiting on price_change (offer_id) where status = 'AWAITING_APPROVAL';

-- A task about a seller's price change names it, as order and request tasks name theirs.
alter table human_task add column price_change_id bigint references price_change (id);
create index order_line_offer_idx on order_line (offer_id);
