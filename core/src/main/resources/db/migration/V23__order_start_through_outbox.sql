-- Placed orders are now started through the outbox. Orders saved before this version whose
-- process never started get their outbox entry here, so the sweep starts them; the flag goes.
insert into outbox_entry (kind, dedup_key, payload, status, next_attempt_at, created_at)
select 'order.placed', 'order.placed-' || id, '{"orderId":' || id || '}', 'PENDING', now(), now()
from purchase_order
where not process_started and status = 'PLACED'
on conflict (dedup_key) do nothing;

alter table purchase_order drop column process_started;
