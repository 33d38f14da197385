create table buyer (
  id     bigserial    primary key,
  code   varchar(40)  not null unique,
  name   varchar(200) not null,
  kind   varchar(20)  not null check (kind in ('RETAILER', 'DISTRIBUTOR', 'GOVERNMENT')),
  region varchar(40)  not null,
  phone  varchar(20)  not null
);

-- A login. A BUYER user acts for exactly one buyer, a SELLER user for exactly one seller.
create table app_user (
  username      varchar(60)  primary key,
  password_hash varchar(200) not null,
  display_name  varchar(200) not null,
  role          varchar(10)  not null check (role in ('BUYER', 'SELLER', 'OPS', 'ADMIN')),
  buyer_id      bigint       references buyer (id),
  seller_id     bigint       references seller (id),
  enabled       boolean      not null default true,
  check ((role = 'BUYER') = (buyer_id is not null)),
  check ((role = 'SELLER') = (seller_id is not null))
);
