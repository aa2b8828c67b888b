-- apply changes
create table store_setting (
  id                            uuid not null,
  version                       bigint not null,
  when_created                  timestamptz not null,
  when_modified                 timestamptz not null,
  name                          varchar(80) not null,
  setting                       varchar(200) not null,
  constraint uq_store_setting_name unique (name),
  constraint pk_store_setting primary key (id)
);

-- apply alter tables
alter table activity add column if not exists talk_counted boolean default true not null;
