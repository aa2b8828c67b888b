-- apply changes
create table exchange_log (
  id                            uuid not null,
  file_id                       uuid,
  peer_store                    uuid,
  exchanged_at                  timestamptz not null,
  version                       bigint not null,
  when_created                  timestamptz not null,
  when_modified                 timestamptz not null,
  direction                     varchar(20) not null,
  selection                     varchar(120) not null,
  counts                        varchar(1000) not null,
  based_on                      varchar(2000) not null,
  stamps                        bytea not null,
  constraint ck_exchange_log_direction check ( direction in ('SENT','RECEIVED')),
  constraint pk_exchange_log primary key (id)
);

