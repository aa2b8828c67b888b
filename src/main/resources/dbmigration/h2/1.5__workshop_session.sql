-- apply changes
create table workshop_session (
  id                            uuid not null,
  activity_id                   uuid not null,
  stage                         varchar(40) not null,
  timer_started_at              timestamp,
  running_since                 timestamp,
  paused_at                     timestamp,
  worked_seconds                bigint not null,
  break_seconds                 bigint not null,
  break_count                   integer not null,
  version                       bigint not null,
  when_created                  timestamp not null,
  when_modified                 timestamp not null,
  constraint ck_workshop_session_stage check ( stage in ('TALLY','RATINGS','CLOSED')),
  constraint uq_workshop_session_activity_id unique (activity_id),
  constraint pk_workshop_session primary key (id)
);

-- foreign keys and indices
alter table workshop_session add constraint fk_workshop_session_activity_id foreign key (activity_id) references activity (id) on delete restrict on update restrict;

