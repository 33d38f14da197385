-- The engine run whose order-lifecycle instance drives the order (see human_task.engine_run): an
-- embedded engine loses the instances of earlier runs when it restarts.
alter table purchase_order add column engine_run varchar(40);
