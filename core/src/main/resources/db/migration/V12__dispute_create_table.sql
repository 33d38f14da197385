-- A buyer's dispute over a delivered order, from opening to the decision that settles escrow.
create table dispute (
  order_id         bigint        primary key references purchase_order (id),
  opened_by        varchar(60)   not null,
  reason           text          not null,
  evidence         text,
  status           varchar(20)   not null
                   check (status in ('OPEN', 'OFFERED', 'IN_MEDIATION', 'DECIDED', 'RESOLVED')),
  offered_refund   numeric(14, 2) check (offered_refund > 0),
  seller_comment   text,
  resolution       varchar(20)   check (resolution in ('RELEASE', 'REFUND', 'SPLIT')),
  refund_amount    numeric(14, 2) check (refund_amount > 0),
  decided_by       varchar(60),
  decision_comment text,
  opened_at        timestamptz   not null,
  resolved_at      timestamptz,
  check ((resolution = 'SPLIT') = (refund_amount is not null) or resolution is null)
);
