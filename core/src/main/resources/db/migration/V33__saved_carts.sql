-- A buyer's cart outlives the session: logging out or switching devices keeps it (issue 9).
create table cart_line (
  username varchar(60) not null references app_user (username),
  offer_id bigint      not null references offer (id),
  quantity integer     not null check (quantity between 1 and 1000000),
  added_at timestamptz not null,
  primary key (username, offer_id)
);
