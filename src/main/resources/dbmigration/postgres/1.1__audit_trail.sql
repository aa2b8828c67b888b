-- apply changes
create table audit_chain_head (
  id                            integer not null,
  last_seq                      bigint not null,
  last_hash                     varchar(64) not null,
  constraint pk_audit_chain_head primary key (id)
);

create table audit_entry (
  seq                           bigint not null,
  occurred_at                   bigint not null,
  subject_id                    uuid,
  os_user                       varchar(200) not null,
  user_name                     varchar(200) not null,
  action                        varchar(40) not null,
  subject_kind                  varchar(80),
  fields                        varchar(2000),
  detail                        varchar(2000),
  previous_hash                 varchar(64) not null,
  hash                          varchar(64) not null,
  constraint pk_audit_entry primary key (seq)
);

-- foreign keys and indices
create index if not exists ix_audit_entry_occurred_at on audit_entry (occurred_at);

-- the chain starts empty; its first entry follows this all-zero hash
insert into audit_chain_head (id, last_seq, last_hash) values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- entries are only ever added: the database itself refuses to change or remove one
create or replace function audit_entry_append_only() returns trigger as $$
begin
  raise exception 'audit entries cannot be changed or removed';
end;
$$ language plpgsql;

create trigger audit_entry_no_update_delete before update or delete on audit_entry
  for each row execute function audit_entry_append_only();

create trigger audit_entry_no_truncate before truncate on audit_entry
  for each statement execute function audit_entry_append_only();

-- the head only moves forward
create or replace function audit_chain_head_forward_only() returns trigger as $$
begin
  if tg_op = 'DELETE' or new.last_seq < old.last_seq then
    raise exception 'the audit chain head only moves forward';
  end if;
  return new;
end;
$$ language plpgsql;

create trigger audit_chain_head_forward before update or delete on audit_chain_head
  for each row execute function audit_chain_head_forward_only();
