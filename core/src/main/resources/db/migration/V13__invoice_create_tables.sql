-- GST tax invoices, one per settled order, numbered per financial year.
create sequence invoice_number_seq;

create table invoice (
  invoice_no     varchar(30)   primary key,
  order_id       bigint        not null unique references purchase_order (id),
  seller_id      bigint        not null references seller (id),
  buyer_id       bigint        not null references buyer (id),
  place_of_supply varchar(40)  not null,
  intra_state    boolean       not null,
  taxable_value  numeric(14, 2) not null,
  cgst           numeric(14, 2) not null,
  sgst           numeric(14, 2) not null,
  igst           numeric(14, 2) not null,
  total          numeric(14, 2) not null,
  issued_at      timestamptz   not null,
  pdf            bytea         not null,
  check (taxable_value + cgst + sgst + igst = total)
);

create table invoice_line (
  invoice_no    varchar(30)   not null references invoice (invoice_no),
  line_no       integer       not null,
  description   varchar(200)  not null,
  hsn_code      varchar(8)    not null,
  quantity      integer       not null,
  unit          varchar(20)   not null,
  gst_rate      numeric(5, 2) not null,
  taxable_value numeric(14, 2) not null,
  cgst          numeric(14, 2) not null,
  sgst          numeric(14, 2) not null,
  igst          numeric(14, 2) not null,
  primary key (invoice_no, line_no)
);
