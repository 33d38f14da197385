-- Which order a message was about, so operations see an order's messages beside its ledger.
alter table notification add column order_id bigint references purchase_order (id);
update notification set order_id = cast(substring(dedup_key from 'order-confirmed:([0-9]+)') as bigint)
  where dedup_key like 'order-confirmed:%';
create index notification_order_idx on notification (order_id);
