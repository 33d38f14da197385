-- Issue 11: admins upload new versions of process models. Each deployed upload is kept, so a
-- restart deploys the admin's version again rather than the file shipped in the jar, unless the
-- release itself changed that file (shipped_digest tells which shipped file the upload replaced).
create table process_upload (
  id                bigserial    primary key,
  process_id        varchar(100) not null,
  file_name         varchar(200) not null,
  content           bytea        not null,
  shipped_digest    varchar(64)  not null,
  deployed_version  integer      not null,
  definition_key    bigint       not null,
  uploaded_by       varchar(60)  not null,
  uploaded_at       timestamptz  not null
);
create index process_upload_process_idx on process_upload (process_id, id desc);

-- Every upload, deployed or refused, and what a release did to an uploaded model.
create table process_audit (
  id          bigserial    primary key,
  process_id  varchar(100),
  file_name   varchar(200),
  action      varchar(40)  not null,
  actor       varchar(60)  not null,
  at          timestamptz  not null,
  detail      text
);
create index process_audit_idx on process_audit (id desc);
