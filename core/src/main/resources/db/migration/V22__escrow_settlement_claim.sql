-- Which settlement owns an order's escrow. It is claimed in its own transaction before the gateway
-- is called (no transaction stays open across a gateway call), so two different settlements (a
-- release and a refund) can never both move the money; the same one may repeat after a crash.
create table escrow_settlement (
  order_id   bigint      primary key references purchase_order (id),
  kind       varchar(10) not null check (kind in ('RELEASE', 'REFUND', 'SPLIT')),
  claimed_at timestamptz not null
);
