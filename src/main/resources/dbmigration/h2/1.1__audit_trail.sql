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
  os_user                       varchar(200) not null,
  user_name                     varchar(200) not null,
  action                        varchar(40) not null,
  subject_kind                  varchar(80),
  subject_id                    uuid,
  fields                        varchar(2000),
  detail                        varchar(2000),
  previous_hash                 varchar(64) not null,
  hash                          varchar(64) not null,
  constraint pk_audit_entry primary key (seq)
);

-- foreign keys and indices
create index ix_audit_entry_occurred_at on audit_entry (occurred_at);

-- the chain starts empty; its first entry follows this all-zero hash
insert into audit_chain_head (id, last_seq, last_hash) values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
