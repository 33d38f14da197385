-- Tasks about a request for quotation (issue 10: a discount waiting for operations' approval)
-- name the request and the quote, as order tasks name their order.
alter table human_task
  add column rfq_id   bigint references rfq (id),
  add column quote_id bigint references rfq_quote (id);
