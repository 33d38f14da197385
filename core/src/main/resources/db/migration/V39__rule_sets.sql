-- Issue 11: business rules that admins own. Every rule set is kept in versions; exactly one
-- version of a set is published at a time and the engine runs that one. The files shipped in the
-- jar become version 1 of each set on first start.
create table rule_set (
  name        varchar(40)  primary key,
  title       varchar(120) not null,
  description text         not null
);

create table rule_set_version (
  id            bigserial    primary key,
  rule_set      varchar(40)  not null references rule_set (name),
  version       integer      not null check (version > 0),
  status        varchar(20)  not null
                check (status in ('DRAFT', 'AWAITING_APPROVAL', 'PUBLISHED', 'RETIRED', 'DISCARDED')),
  drl           text         not null,
  -- The form editor's settings when the text was made by it (pricing), else null.
  form          text,
  based_on      integer,
  note          varchar(500),
  created_by    varchar(60)  not null,
  created_at    timestamptz  not null,
  published_by  varchar(60),
  published_at  timestamptz,
  -- Who asked for the publication that waits for a second admin, and how big the change is.
  requested_by  varchar(60),
  requested_at  timestamptz,
  change_size   numeric(7, 2),
  unique (rule_set, version)
);
-- At most one published version per set, enforced by the database, not only by the code.
create unique index rule_set_version_published on rule_set_version (rule_set) where status = 'PUBLISHED';

-- Test scenarios, stored with the set: given these facts, this result. Every one must pass before a
-- version is published.
create table rule_scenario (
  id          bigserial    primary key,
  rule_set    varchar(40)  not null references rule_set (name),
  name        varchar(200) not null,
  given       text         not null,
  expected    varchar(200) not null,
  created_by  varchar(60)  not null,
  created_at  timestamptz  not null,
  unique (rule_set, name)
);

-- Who did what to a rule set, in order.
create table rule_audit (
  id        bigserial    primary key,
  rule_set  varchar(40)  not null references rule_set (name),
  version   integer,
  action    varchar(40)  not null,
  actor     varchar(60)  not null,
  at        timestamptz  not null,
  detail    text
);
create index rule_audit_set_idx on rule_audit (rule_set, id desc);

insert into rule_set (name, title, description) values
  ('pricing', 'Pricing', 'The price of every catalog order line: customer-group prices, markdown by stock age, stock level, competitor price, season, and the floor and ceiling guardrails.'),
  ('credit', 'Credit limits and approval', 'Which orders on credit pass at once and which wait for an operations approval.'),
  ('order-validation', 'Order validation', 'What makes an order line acceptable: minimum quantity, stock, quantity steps.'),
  ('vendor-ranking', 'Vendor scoring and ranking', 'How sellers are scored and ranked when an order is reassigned.'),
  ('recovery-remedy', 'Recovery remedies', 'What the self-healing recovery does with a stuck order.'),
  ('rfq-shortlist', 'RFQ shortlist', 'Which sellers are invited to quote on a request.'),
  ('quote-scoring', 'Quote scoring', 'How quotes on a request are scored and ranked for the buyer.');

-- Facts the pricing rules decide on besides the list price: what the stock cost the seller, since
-- when it has been in stock, and what a competitor charges for the same product.
alter table offer add column cost_price numeric(12, 2) check (cost_price > 0);
alter table offer add column stocked_since date;
alter table offer add column competitor_price numeric(12, 2) check (competitor_price > 0);

-- The facts a line was priced on (JSON), so its price can be explained and re-run in a shadow run.
alter table order_line add column price_inputs text;

-- The pricing set's first scenarios: each rule of the shipped pricing at work, and the guardrails.
insert into rule_scenario (rule_set, name, given, expected, created_by, created_at) values
  ('pricing', 'A retailer buying a few pays the list price',
   '{"buyerKind":"RETAILER","quantity":5,"listPrice":100.00,"floorPrice":88.00,"costPrice":80.00,"stock":300,"stockAgeDays":null,"competitorPrice":null,"month":12}', '100.00', 'mandi', now()),
  ('pricing', 'Distributors pay 3% less',
   '{"buyerKind":"DISTRIBUTOR","quantity":5,"listPrice":100.00,"floorPrice":88.00,"costPrice":80.00,"stock":300,"stockAgeDays":null,"competitorPrice":null,"month":12}', '97.00', 'mandi', now()),
  ('pricing', 'Government buyers pay 2% less',
   '{"buyerKind":"GOVERNMENT","quantity":5,"listPrice":100.00,"floorPrice":88.00,"costPrice":80.00,"stock":300,"stockAgeDays":null,"competitorPrice":null,"month":12}', '98.00', 'mandi', now()),
  ('pricing', 'Stock in for 120 days is marked down 10%',
   '{"buyerKind":"RETAILER","quantity":5,"listPrice":100.00,"floorPrice":80.00,"costPrice":70.00,"stock":300,"stockAgeDays":120,"competitorPrice":null,"month":12}', '90.00', 'mandi', now()),
  ('pricing', 'Stock in for 200 days is marked down 25%',
   '{"buyerKind":"RETAILER","quantity":5,"listPrice":100.00,"floorPrice":null,"costPrice":60.00,"stock":300,"stockAgeDays":200,"competitorPrice":null,"month":12}', '75.00', 'mandi', now()),
  ('pricing', 'The seller''s minimum holds against discounts',
   '{"buyerKind":"DISTRIBUTOR","quantity":5,"listPrice":100.00,"floorPrice":99.00,"costPrice":null,"stock":300,"stockAgeDays":120,"competitorPrice":null,"month":12}', '99.00', 'mandi', now()),
  ('pricing', 'Cost plus 5% margin is a floor',
   '{"buyerKind":"RETAILER","quantity":5,"listPrice":100.00,"floorPrice":null,"costPrice":95.00,"stock":300,"stockAgeDays":200,"competitorPrice":null,"month":12}', '99.75', 'mandi', now()),
  ('pricing', 'A cheaper competitor is beaten by 1%',
   '{"buyerKind":"RETAILER","quantity":5,"listPrice":100.00,"floorPrice":80.00,"costPrice":70.00,"stock":300,"stockAgeDays":null,"competitorPrice":95.00,"month":12}', '94.05', 'mandi', now()),
  ('pricing', 'Low stock is marked up 5%',
   '{"buyerKind":"RETAILER","quantity":5,"listPrice":100.00,"floorPrice":88.00,"costPrice":80.00,"stock":5,"stockAgeDays":null,"competitorPrice":null,"month":12}', '105.00', 'mandi', now()),
  ('pricing', 'Monsoon: 3% off in July',
   '{"buyerKind":"RETAILER","quantity":5,"listPrice":100.00,"floorPrice":88.00,"costPrice":80.00,"stock":300,"stockAgeDays":null,"competitorPrice":null,"month":7}', '97.00', 'mandi', now());
