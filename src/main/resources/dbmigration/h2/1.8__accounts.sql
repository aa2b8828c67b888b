-- apply changes
create table account (
  id                            uuid not null,
  database_user                 varchar(63) not null,
  role                          varchar(20) not null,
  version                       bigint not null,
  when_created                  timestamp not null,
  when_modified                 timestamp not null,
  constraint ck_account_role check ( role in ('ADMINISTRATOR','OFFICER','COORDINATOR','FACILITATOR')),
  constraint uq_account_database_user unique (database_user),
  constraint pk_account primary key (id)
);

create table account_team (
  account_id                    uuid not null,
  team_id                       uuid not null,
  constraint pk_account_team primary key (account_id,team_id)
);

-- apply alter tables
alter table audit_entry add column database_user varchar(63);
-- foreign keys and indices
create index ix_account_team_account on account_team (account_id);
alter table account_team add constraint fk_account_team_account foreign key (account_id) references account (id) on delete restrict on update restrict;

create index ix_account_team_process_team on account_team (team_id);
alter table account_team add constraint fk_account_team_process_team foreign key (team_id) references process_team (id) on delete restrict on update restrict;

