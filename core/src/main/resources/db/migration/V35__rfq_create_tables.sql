-- Requests for quotation (issue 10). Nothing is overwritten: a quote's every revision and every
-- counter-offer is a row of its own, and each status change of a request is recorded.

create table rfq (
  id                    bigserial    primary key,
  request_id            varchar(64)  not null unique,
  buyer_id              bigint       not null references buyer (id),
  title                 varchar(200) not null,
  delivery_region       varchar(40)  not null,
  deliver_by            date         not null,
  closes_at             timestamptz  not null,
  close_after_responses integer      check (close_after_responses > 0),
  max_counter_rounds    integer      not null check (max_counter_rounds between 0 and 5),
  status                varchar(20)  not null,
  created_by            varchar(60)  not null,
  created_at            timestamptz  not null
);
create index rfq_buyer_idx on rfq (buyer_id, id desc);
create index rfq_status_idx on rfq (status, id desc);

-- A line asks for a catalog product or describes an item in free text.
create table rfq_line (
  rfq_id            bigint        not null references rfq (id),
  line_no           integer       not null,
  product_id        bigint        references product (id),
  description       varchar(300)  not null,
  quantity          integer       not null check (quantity > 0),
  unit              varchar(20)   not null,
  target_unit_price numeric(14, 2) check (target_unit_price > 0),
  primary key (rfq_id, line_no)
);

-- A seller asked to quote, by the shortlist rules (with their reasons) or by the buyer.
create table rfq_invitation (
  id             bigserial    primary key,
  rfq_id         bigint       not null references rfq (id),
  seller_id      bigint       not null references seller (id),
  status         varchar(20)  not null,
  invited_by     varchar(60)  not null,
  why            varchar(500) not null,
  decline_reason varchar(500),
  -- the seller's time to answer: moves on by the time a question waited for the buyer's answer
  respond_by     timestamptz  not null,
  paused_since   timestamptz,
  unique (rfq_id, seller_id)
);
create index rfq_invitation_seller_idx on rfq_invitation (seller_id, id desc);

-- A seller's quote and its revisions, and the buyer's counter-offers (author BUYER), in order.
create table rfq_quote (
  id              bigserial     primary key,
  invitation_id   bigint        not null references rfq_invitation (id),
  revision        integer       not null,
  round           integer       not null,
  author_role     varchar(10)   not null check (author_role in ('SELLER', 'BUYER')),
  status          varchar(20)   not null,
  lead_time_days  integer       not null check (lead_time_days between 0 and 365),
  valid_until     timestamptz   not null,
  notes           varchar(1000),
  total           numeric(14, 2) not null,
  list_total      numeric(14, 2),
  score           numeric(8, 2),
  score_reasons   varchar(2000),
  created_by      varchar(60)   not null,
  created_at      timestamptz   not null,
  unique (invitation_id, revision)
);

create table rfq_quote_line (
  quote_id   bigint         not null references rfq_quote (id),
  line_no    integer        not null,
  unit_price numeric(14, 2) not null check (unit_price > 0),
  offer_id   bigint         references offer (id),
  list_price numeric(14, 2),
  primary key (quote_id, line_no)
);

-- The thread between the buyer and one invited seller: questions, answers, notes.
create table rfq_message (
  id            bigserial     primary key,
  invitation_id bigint        not null references rfq_invitation (id),
  kind          varchar(10)   not null check (kind in ('QUESTION', 'ANSWER', 'NOTE')),
  author_role   varchar(10)   not null check (author_role in ('SELLER', 'BUYER', 'OPS')),
  author        varchar(60)   not null,
  body          varchar(2000) not null,
  created_at    timestamptz   not null
);
create index rfq_message_invitation_idx on rfq_message (invitation_id, id);

create table rfq_status_change (
  id          bigserial    primary key,
  rfq_id      bigint       not null references rfq (id),
  from_status varchar(20),
  to_status   varchar(20)  not null,
  changed_by  varchar(60)  not null,
  changed_at  timestamptz  not null,
  reason      varchar(500) not null
);
create index rfq_status_change_rfq_idx on rfq_status_change (rfq_id, id);

-- What the buyer accepted: each line from one quote (the whole request from one seller, or lines
-- from different sellers), and the order it became, created exactly once.
create table rfq_award (
  rfq_id   bigint  not null references rfq (id),
  line_no  integer not null,
  quote_id bigint  not null references rfq_quote (id),
  order_id bigint  references purchase_order (id),
  primary key (rfq_id, line_no),
  foreign key (rfq_id, line_no) references rfq_line (rfq_id, line_no)
);
