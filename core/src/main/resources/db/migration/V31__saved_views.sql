-- Operations' saved order lists: a name for a filtered list's address, shared with the team.
create table saved_view (
  id         bigserial    primary key,
  name       varchar(80)  not null unique,
  query      varchar(2000) not null,
  created_by varchar(60)  not null,
  created_at timestamptz  not null
);
