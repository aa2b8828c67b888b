-- apply changes
create table exchange_log (
  id                            uuid not null,
  file_id                       uuid,
  direction                     varchar(20) not null,
  peer_store                    uuid,
  exchanged_at                  timestamp not null,
  selection                     varchar(120) not null,
  counts                        varchar(1000) not null,
  based_on                      varchar(2000) not null,
  stamps                        blob not null,
  version                       bigint not null,
  when_created                  timestamp not null,
  when_modified                 timestamp not null,
  constraint ck_exchange_log_direction check ( direction in ('SENT','RECEIVED')),
  constraint pk_exchange_log primary key (id)
);

