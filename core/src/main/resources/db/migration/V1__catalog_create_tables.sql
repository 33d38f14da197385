-- Platform catalog: products are platform items, sellers list offers on them.
create table category (
  id   varchar(40)  primary key,
  name varchar(100) not null unique
);

create table product (
  id          bigserial    primary key,
  sku         varchar(40)  not null unique,
  name        varchar(200) not null,
  category_id varchar(40)  not null references category (id),
  unit        varchar(20)  not null,
  hsn_code    varchar(8)   not null check (hsn_code ~ '^[0-9]{4,8}$'),
  gst_rate    numeric(5, 2) not null check (gst_rate >= 0 and gst_rate <= 28)
);

create table seller (
  id     bigserial    primary key,
  code   varchar(40)  not null unique,
  name   varchar(200) not null,
  kind   varchar(20)  not null check (kind in ('MANUFACTURER', 'SHG', 'WHOLESALER')),
  region varchar(40)  not null,
  phone  varchar(20)  not null
);

create table offer (
  id              bigserial   primary key,
  seller_id       bigint      not null references seller (id),
  product_id      bigint      not null references product (id),
  min_order_qty   integer     not null check (min_order_qty > 0),
  stock           integer     not null check (stock >= 0),
  lead_time_days  integer     not null check (lead_time_days >= 0),
  dispatch_region varchar(40) not null,
  active          boolean     not null default true,
  unique (seller_id, product_id)
);

-- The unit price applies from min_qty upwards until the next break.
create table offer_price_break (
  offer_id   bigint        not null references offer (id),
  min_qty    integer       not null check (min_qty > 0),
  unit_price numeric(12, 2) not null check (unit_price > 0),
  primary key (offer_id, min_qty)
);

create index offer_product_idx on offer (product_id);
