-- Notices for every step of an order (issue 9): who a message was for, and what it said in words
-- for the in-app list.
alter table notification
  add column audience varchar(10) check (audience in ('BUYER', 'SELLER', 'OPS')),
  add column summary  text;
update notification set audience = 'BUYER' where template in ('order_confirmed', 'order_shipped');
update notification set audience = 'SELLER' where template = 'dispute_opened';
update notification set audience = 'OPS' where template = 'recovery_escalated';
create index notification_audience_idx on notification (audience, order_id);
