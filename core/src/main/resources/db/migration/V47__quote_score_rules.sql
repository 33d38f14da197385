-- Issue 11: a quote's score names the version of the quote-scoring rules that gave it, as an
-- order line names its pricing version.
alter table rfq_quote add column score_rules varchar(60);
