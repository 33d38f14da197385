-- Messages the platforms pushed to us (webhooks), by their own id: the idempotent consumer of each
-- inbound route skips one it has already handled. The business tables stay the truth; this table
-- only spares a replay the work.
create table inbound_message (
  source      varchar(40)  not null,
  message_id  varchar(200) not null,
  received_at timestamptz  not null,
  primary key (source, message_id)
);
