-- A booked shipment per order (Shiprocket/Delhivery shape: shipment id, AWB, label).
create table shipment (
  order_id           bigint        primary key references purchase_order (id),
  idempotency_key    varchar(100)  not null unique,
  provider_order_id  varchar(60),
  shipment_id        varchar(60),
  awb                varchar(40),
  courier            varchar(100),
  label_url          varchar(500),
  status             varchar(20)   not null
                     check (status in ('REQUESTED', 'BOOKED', 'IN_TRANSIT', 'DELIVERED', 'CANCELLED')),
  weight_kg          numeric(8, 2) not null check (weight_kg > 0),
  packages           integer       not null check (packages > 0),
  promised_by        timestamptz   not null,
  booked_at          timestamptz,
  delivered_at       timestamptz,
  updated_at         timestamptz   not null
);

-- Tracking webhooks, each recorded once by the provider's event id, in arrival order.
create table shipment_event (
  event_id    varchar(100) primary key,
  order_id    bigint       not null references purchase_order (id),
  awb         varchar(40)  not null,
  status      varchar(20)  not null,
  location    varchar(200),
  occurred_at timestamptz  not null,
  received_at timestamptz  not null
);

create index shipment_event_order_idx on shipment_event (order_id, occurred_at);
create unique index shipment_awb_idx on shipment (awb);
