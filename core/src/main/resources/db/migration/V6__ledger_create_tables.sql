-- Double-entry ledger. Amounts are signed: a posting adds to an account's balance, and every
-- transaction's postings sum to zero. Entries are append-only; escrow holds resolve once.
create table ledger_account (
  id              varchar(80) primary key,
  kind            varchar(30) not null check (kind in
                    ('GATEWAY_CLEARING', 'ESCROW', 'SELLER_PAYABLE', 'PLATFORM_COMMISSION', 'BUYER_REFUNDS')),
  -- Only the gateway clearing account (where money enters and leaves) may go below zero.
  may_go_negative boolean     not null
);

create table ledger_transaction (
  id                      bigserial    primary key,
  idempotency_key         varchar(200) not null unique,
  kind                    varchar(20)  not null check (kind in ('HOLD', 'RELEASE', 'REFUND', 'SPLIT', 'REVERSAL')),
  order_id                bigint       not null,
  description             text         not null,
  created_at              timestamptz  not null
);

create table ledger_posting (
  id             bigserial     primary key,
  transaction_id bigint        not null references ledger_transaction (id),
  account_id     varchar(80)   not null references ledger_account (id),
  amount         numeric(14, 2) not null check (amount <> 0)
);
create index ledger_posting_transaction_idx on ledger_posting (transaction_id);
create index ledger_posting_account_idx on ledger_posting (account_id);

create table escrow_hold (
  order_id                  bigint        primary key,
  amount                    numeric(14, 2) not null check (amount > 0),
  status                    varchar(20)   not null check (status in ('HELD', 'RELEASED', 'REFUNDED', 'SPLIT', 'REVERSED')),
  hold_transaction_id       bigint        not null unique references ledger_transaction (id),
  resolution_transaction_id bigint        unique references ledger_transaction (id),
  check ((status = 'HELD') = (resolution_transaction_id is null))
);

create function ledger_reject_change() returns trigger language plpgsql as $$
begin
  raise exception 'ledger entries are append-only (% on %)', tg_op, tg_table_name;
end
$$;
create trigger ledger_transaction_append_only before update or delete on ledger_transaction
  for each row execute function ledger_reject_change();
create trigger ledger_posting_append_only before update or delete on ledger_posting
  for each row execute function ledger_reject_change();

-- An escrow hold resolves at most once and is never deleted.
create function escrow_hold_resolve_once() returns trigger language plpgsql as $$
begin
  if tg_op = 'DELETE' or old.status <> 'HELD' then
    raise exception 'escrow hold of order % is already %', old.order_id, old.status;
  end if;
  return new;
end
$$;
create trigger escrow_hold_resolve_once before update or delete on escrow_hold
  for each row execute function escrow_hold_resolve_once();

-- Checked at commit, when all postings of the transaction are in.
create function ledger_check_posting() returns trigger language plpgsql as $$
declare
  total   numeric;
  balance numeric;
  allowed boolean;
begin
  select coalesce(sum(amount), 0) into total from ledger_posting where transaction_id = new.transaction_id;
  if total <> 0 then
    raise exception 'ledger transaction % does not balance (sum %)', new.transaction_id, total;
  end if;
  select may_go_negative into allowed from ledger_account where id = new.account_id;
  if not allowed then
    select coalesce(sum(amount), 0) into balance from ledger_posting where account_id = new.account_id;
    if balance < 0 then
      raise exception 'ledger account % would go negative (%)', new.account_id, balance;
    end if;
  end if;
  return null;
end
$$;
create constraint trigger ledger_posting_checked after insert on ledger_posting
  deferrable initially deferred for each row execute function ledger_check_posting();

insert into ledger_account (id, kind, may_go_negative) values
  ('gateway-clearing', 'GATEWAY_CLEARING', true),
  ('platform-commission', 'PLATFORM_COMMISSION', false);
