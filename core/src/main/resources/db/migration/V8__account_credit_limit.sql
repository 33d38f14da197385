-- How much a buyer may have in open orders before operations must approve more.
alter table buyer add column credit_limit numeric(14, 2) not null default 500000.00 check (credit_limit >= 0);
