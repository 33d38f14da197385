-- Issue 11: a version's rules are DRL text or a decision table (CSV, compiled by Drools'
-- decision table compiler); the text column holds either.
alter table rule_set_version add column format varchar(10) not null default 'DRL'
  check (format in ('DRL', 'CSV'));
