-- Messages about requests for quotation (issue 10): which request, and which buyer or seller the
-- message is for (two sellers invited to one request never see each other's messages).
alter table notification
  add column rfq_id   bigint references rfq (id),
  add column party_id bigint;
create index notification_rfq_party_idx on notification (audience, party_id) where rfq_id is not null;
