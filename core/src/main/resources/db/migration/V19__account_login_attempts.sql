-- Every log-in attempt, for throttling (per user and per address) and as an audit trail.
create table login_attempt (
  id         bigserial    primary key,
  username   varchar(100) not null,
  address    varchar(64)  not null,
  outcome    varchar(20)  not null check (outcome in ('SUCCESS', 'FAILURE', 'THROTTLED')),
  at         timestamptz  not null
);
create index login_attempt_user_idx on login_attempt (username, at);
create index login_attempt_address_idx on login_attempt (address, at);
