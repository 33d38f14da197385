-- The seller's lowest acceptable unit price; pricing rules never go below it.
alter table offer add column floor_price numeric(12, 2) check (floor_price > 0);

-- How each line's price came about: the list price from the quantity breaks, the rule set that
-- priced it, and the rules that changed it.
alter table order_line add column list_price numeric(12, 2);
alter table order_line add column price_rule_version varchar(80);
alter table order_line add column price_rules text;
