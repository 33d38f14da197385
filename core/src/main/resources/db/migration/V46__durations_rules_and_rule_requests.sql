-- Issue 11: dispute and SLA durations become a rule set admins own (they were settings), and every
-- rule set keeps its real requests so that a draft can be shadow-run on them, not pricing alone.
insert into rule_set (name, title, description) values
  ('durations', 'Dispute and SLA durations', 'How long each party has at each step of an order: the seller to accept and to pack, the buyer to pay and to dispute a delivery, operations to approve credit, to pick a vendor and to mediate a dispute.');

-- The durations an order runs by: decided once, when the order is first checked, and kept, so a
-- newly published version never moves the deadlines of an order already running.
create table order_duration (
  order_id      bigint       primary key references purchase_order (id),
  rules_version varchar(60)  not null,
  -- JSON objects keyed by duration name: ISO-8601 durations, and the rule that set each.
  durations     text         not null,
  decided_by    text         not null,
  decided_at    timestamptz  not null
);

-- Real requests a rule set decided, with their facts as JSON in the shape its scenarios take; only
-- the newest few hundred per set are kept (mandi.rules.shadow-requests).
create table rule_request (
  id          bigserial    primary key,
  rule_set    varchar(40)  not null references rule_set (name),
  request     varchar(200) not null,
  facts       text         not null,
  decided_at  timestamptz  not null
);
create index rule_request_newest on rule_request (rule_set, id desc);

insert into rule_scenario (rule_set, name, given, expected, created_by, created_at) values
  ('durations', 'A retailer''s order runs by the standard durations',
   '{"buyerKind":"RETAILER","sellerKind":"MANUFACTURER","orderAmount":12000.00}',
   'sellerAcceptance=PT24H, paymentWindow=PT48H, dispatch=P2D, inspectionPeriod=P3D', 'mandi', now()),
  ('durations', 'Operations have 4 hours for credit and vendors, 2 days to mediate',
   '{"buyerKind":"DISTRIBUTOR","sellerKind":"WHOLESALER","orderAmount":40000.00}',
   'creditApproval=PT4H, vendorEscalation=PT4H, mediation=P2D, negotiationWindow=P2D', 'mandi', now()),
  ('durations', 'Government buyers inspect for 7 days',
   '{"buyerKind":"GOVERNMENT","sellerKind":"MANUFACTURER","orderAmount":80000.00}',
   'inspectionPeriod=P7D, paymentWindow=PT48H', 'mandi', now()),
  ('durations', 'Orders of 5 lakh or more get 5 days to inspect',
   '{"buyerKind":"DISTRIBUTOR","sellerKind":"MANUFACTURER","orderAmount":500000.00}',
   'inspectionPeriod=P5D', 'mandi', now()),
  ('durations', 'A large government order still gets 7 days',
   '{"buyerKind":"GOVERNMENT","sellerKind":"WHOLESALER","orderAmount":900000.00}',
   'inspectionPeriod=P7D', 'mandi', now()),
  ('durations', 'Self-help groups get 3 days to pack',
   '{"buyerKind":"RETAILER","sellerKind":"SHG","orderAmount":8000.00}',
   'dispatch=P3D, deliveryPromise=P5D', 'mandi', now());
