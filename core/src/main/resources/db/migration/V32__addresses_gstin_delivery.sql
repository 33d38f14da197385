-- GST documents and deliveries (issue 9): who is registered under which GSTIN at which address,
-- where each order goes, and the buyer's own purchase-order number.
alter table seller
  add column gstin    varchar(15),
  add column address  varchar(300),
  add column pin_code char(6) check (pin_code ~ '^[1-9][0-9]{5}$');
alter table buyer
  add column gstin    varchar(15),
  add column address  varchar(300),
  add column pin_code char(6) check (pin_code ~ '^[1-9][0-9]{5}$');

alter table purchase_order
  add column delivery_address varchar(300),
  add column delivery_pin     char(6) check (delivery_pin ~ '^[1-9][0-9]{5}$'),
  add column po_number        varchar(40);

alter table invoice
  add column supplier_gstin    varchar(15),
  add column recipient_gstin   varchar(15),
  add column supplier_address  varchar(400),
  add column recipient_address varchar(400),
  add column amount_in_words   varchar(400);
