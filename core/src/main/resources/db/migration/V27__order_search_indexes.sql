-- Order lists page, sort and filter in SQL (issue 9): the newest first for operations, by status,
-- by value and by last change. Buyers' and sellers' own lists use the indexes of V3.
create index purchase_order_placed_idx on purchase_order (placed_at desc, id desc);
create index purchase_order_status_idx on purchase_order (status, placed_at desc, id desc);
create index purchase_order_value_idx on purchase_order (total_amount, id);
create index purchase_order_updated_idx on purchase_order (updated_at, id);
