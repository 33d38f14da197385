-- "order" is a reserved word, hence purchase_order.
create table purchase_order (
  id                   bigserial     primary key,
  -- Idempotency key of the checkout request: a resubmitted checkout finds its orders again.
  request_id           uuid          not null,
  buyer_id             bigint        not null references buyer (id),
  seller_id            bigint        not null references seller (id),
  status               varchar(30)   not null,
  total_amount         numeric(14, 2) not null check (total_amount > 0),
  currency             char(3)       not null default 'INR',
  process_instance_key bigint,
  process_started      boolean       not null default false,
  placed_by            varchar(60)   not null,
  placed_at            timestamptz   not null,
  updated_at           timestamptz   not null,
  unique (request_id, seller_id)
);

create table order_line (
  order_id    bigint        not null references purchase_order (id),
  line_no     integer       not null check (line_no > 0),
  offer_id    bigint        not null references offer (id),
  product_id  bigint        not null references product (id),
  quantity    integer       not null check (quantity > 0),
  unit_price  numeric(12, 2) not null check (unit_price > 0),
  line_amount numeric(14, 2) not null check (line_amount > 0),
  primary key (order_id, line_no)
);

-- Append-only: every status change with who, when and why.
create table order_status_change (
  id          bigserial   primary key,
  order_id    bigint      not null references purchase_order (id),
  from_status varchar(30),
  to_status   varchar(30) not null,
  changed_by  varchar(60) not null,
  changed_at  timestamptz not null,
  reason      text        not null
);

create index purchase_order_buyer_idx on purchase_order (buyer_id, placed_at desc);
create index purchase_order_seller_idx on purchase_order (seller_id, placed_at desc);
create index order_status_change_order_idx on order_status_change (order_id, id);
