-- A vendor that accepted may still be unable to ship: its round becomes DROPPED and the order,
-- with the buyer's payment still held, is offered to other vendors.
alter table vendor_round drop constraint vendor_round_outcome_check;
alter table vendor_round add constraint vendor_round_outcome_check
  check (outcome in ('ACCEPTED', 'REFUSED', 'TIMED_OUT', 'WITHDRAWN', 'DROPPED'));

-- One transfer per vendor that held the order's share; the latest row is the current one.
alter table escrow_transfer drop constraint escrow_transfer_pkey;
alter table escrow_transfer add column id bigserial primary key;
create index escrow_transfer_order_idx on escrow_transfer (order_id, id);
