-- A decision by order line: which lines went back to the buyer (the rest was released).
alter table dispute add column refunded_lines varchar(200);
