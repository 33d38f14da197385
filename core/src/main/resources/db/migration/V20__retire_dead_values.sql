-- Vendor reassignment replaced order expiry long ago: no order is set EXPIRED and no follow-up task
-- is opened any more. Orders that did expire were called off, so they read as cancelled; their
-- history keeps a note of the old status.
update order_status_change
set reason = reason || ' (recorded as EXPIRED, a status since retired)'
where to_status = 'EXPIRED';
update order_status_change set to_status = 'CANCELLED' where to_status = 'EXPIRED';
update order_status_change set from_status = 'CANCELLED' where from_status = 'EXPIRED';
update purchase_order set status = 'CANCELLED' where status = 'EXPIRED';

update human_task
set status = 'CANCELED', closed_by = 'system', closed_at = now(),
    comment = 'Retired task kind: vendor reassignment handles unanswered orders'
where kind = 'EXPIRED_ORDER_FOLLOW_UP' and status = 'OPEN';
