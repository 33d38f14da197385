-- The seller's linked account at the payment gateway (Razorpay Route), set when the seller is
-- onboarded; escrow transfers go there.
alter table seller add column payout_account varchar(40) unique;

-- The seller's share of a held payment, transferred to its linked account on hold, released on
-- settlement or reversed (in full or in part) on refund. One per order; the key is written first.
create table escrow_transfer (
  order_id         bigint         primary key references purchase_order (id),
  idempotency_key  varchar(200)   not null unique,
  account          varchar(40)    not null,
  amount           numeric(14, 2) not null check (amount > 0),
  transfer_id      varchar(100)   unique,
  status           varchar(20)    not null
                   check (status in ('REQUESTED', 'ON_HOLD', 'RELEASED', 'REVERSED')),
  reversed_amount  numeric(14, 2) not null default 0 check (reversed_amount >= 0),
  created_at       timestamptz    not null,
  updated_at       timestamptz    not null,
  check (reversed_amount <= amount)
);
