-- apply changes
create table accommodation (
  id                            uuid not null,
  code                          varchar(64) not null,
  name                          varchar(120) not null,
  description                   varchar(1000),
  built_in                      boolean default false not null,
  active                        boolean default false not null,
  version                       bigint not null,
  when_created                  timestamp not null,
  when_modified                 timestamp not null,
  constraint uq_accommodation_code unique (code),
  constraint pk_accommodation primary key (id)
);

create table activity (
  id                            uuid not null,
  title                         varchar(200) not null,
  held_on                       date not null,
  start_time                    time,
  duration_minutes              integer not null,
  place                         varchar(200),
  mode                          varchar(40) not null,
  level                         varchar(40) not null,
  temporal_nature_override      varchar(40),
  contribution_override         varchar(40),
  purpose                       varchar(2000),
  reasons                       varchar array,
  team_id                       uuid,
  organisation_id               uuid,
  expected_role                 varchar(40),
  topics_avoided                varchar(2000),
  notes                         varchar(4000),
  version                       bigint not null,
  when_created                  timestamp not null,
  when_modified                 timestamp not null,
  deleted                       boolean default false not null,
  constraint ck_activity_mode check ( mode in ('CO_COMMISSIONING','CO_DESIGN','CO_DELIVERY','CO_ASSESSMENT')),
  constraint ck_activity_level check ( level in ('INDIVIDUAL','GROUP','COLLECTIVE')),
  constraint ck_activity_temporal_nature_override check ( temporal_nature_override in ('PROSPECTIVE','CONCURRENT','RETROSPECTIVE')),
  constraint ck_activity_contribution_override check ( contribution_override in ('VOICE','ACTION')),
  constraint ck_activity_expected_role check ( expected_role in ('COMMENT','DEVELOP','UPDATE','CHALLENGE')),
  constraint pk_activity primary key (id)
);

create table activity_barrier (
  activity_id                   uuid not null,
  barrier_id                    uuid not null,
  constraint pk_activity_barrier primary key (activity_id,barrier_id)
);

create table activity_accommodation (
  activity_id                   uuid not null,
  accommodation_id              uuid not null,
  constraint pk_activity_accommodation primary key (activity_id,accommodation_id)
);

create table barrier (
  id                            uuid not null,
  code                          varchar(64) not null,
  name                          varchar(120) not null,
  description                   varchar(1000),
  built_in                      boolean default false not null,
  active                        boolean default false not null,
  version                       bigint not null,
  when_created                  timestamp not null,
  when_modified                 timestamp not null,
  constraint uq_barrier_code unique (code),
  constraint pk_barrier primary key (id)
);

create table consent (
  id                            uuid not null,
  person_id                     uuid not null,
  given_on                      date not null,
  scope                         varchar(40) not null,
  withdrawn_on                  date,
  version                       bigint not null,
  when_created                  timestamp not null,
  when_modified                 timestamp not null,
  constraint ck_consent_scope check ( scope in ('EQUALITY_MONITORING','EQUALITY_MONITORING_AND_CONTACT')),
  constraint pk_consent primary key (id)
);

create table disadvantaged_group (
  id                            uuid not null,
  code                          varchar(64) not null,
  name                          varchar(120) not null,
  description                   varchar(1000),
  built_in                      boolean default false not null,
  active                        boolean default false not null,
  version                       bigint not null,
  when_created                  timestamp not null,
  when_modified                 timestamp not null,
  constraint uq_disadvantaged_group_code unique (code),
  constraint pk_disadvantaged_group primary key (id)
);

create table exclusion_flag (
  id                            uuid not null,
  activity_id                   uuid,
  team_id                       uuid,
  kind                          varchar(40) not null,
  group_id                      uuid,
  observation                   varchar(4000) not null,
  severity                      varchar(40) not null,
  status                        varchar(40) not null,
  mitigation                    varchar(4000),
  origin                        varchar(40) not null,
  rule_code                     varchar(80),
  evidence                      varchar(4000),
  status_reason                 varchar(2000),
  observed_on                   date,
  version                       bigint not null,
  when_created                  timestamp not null,
  when_modified                 timestamp not null,
  deleted                       boolean default false not null,
  constraint ck_exclusion_flag_kind check ( kind in ('EXTERNAL','INTERNAL')),
  constraint ck_exclusion_flag_severity check ( severity in ('LOW','MEDIUM','HIGH')),
  constraint ck_exclusion_flag_status check ( status in ('OPEN','MITIGATED','RESOLVED','ACKNOWLEDGED','DISMISSED')),
  constraint ck_exclusion_flag_origin check ( origin in ('MANUAL','AUTOMATIC')),
  constraint pk_exclusion_flag primary key (id)
);

create table group_membership (
  id                            uuid not null,
  person_id                     uuid not null,
  group_id                      uuid not null,
  consent_id                    uuid not null,
  version                       bigint not null,
  when_created                  timestamp not null,
  when_modified                 timestamp not null,
  constraint uq_group_membership_person_id_group_id unique (person_id,group_id),
  constraint pk_group_membership primary key (id)
);

create table organisation (
  id                            uuid not null,
  name                          varchar(200) not null,
  governance_model              varchar(40),
  description                   varchar(2000),
  version                       bigint not null,
  when_created                  timestamp not null,
  when_modified                 timestamp not null,
  deleted                       boolean default false not null,
  constraint ck_organisation_governance_model check ( governance_model in ('COMMAND_AND_CONTROL','STEWARDSHIP','DEMOCRATIC_MULTI_STAKEHOLDER')),
  constraint uq_organisation_name unique (name),
  constraint pk_organisation primary key (id)
);

create table participation (
  id                            uuid not null,
  activity_id                   uuid not null,
  person_id                     uuid not null,
  invited                       boolean default false not null,
  invited_on                    date,
  invitation_channel            varchar(40),
  attendance                    varchar(40),
  absence_reason                varchar(500),
  speaking_turns                integer not null,
  questions                     integer not null,
  heard_rating                  integer,
  express_rating                integer,
  version                       bigint not null,
  when_created                  timestamp not null,
  when_modified                 timestamp not null,
  constraint ck_participation_invitation_channel check ( invitation_channel in ('LETTER','EMAIL','PHONE','IN_PERSON','VIA_ASSOCIATION','VIA_CARE_CONTACT','PUBLIC_NOTICE')),
  constraint ck_participation_attendance check ( attendance in ('ATTENDED','DECLINED','NO_SHOW')),
  constraint uq_participation_activity_id_person_id unique (activity_id,person_id),
  constraint pk_participation primary key (id)
);

create table participation_barrier (
  participation_id              uuid not null,
  barrier_id                    uuid not null,
  constraint pk_participation_barrier primary key (participation_id,barrier_id)
);

create table participation_accommodation (
  participation_id              uuid not null,
  accommodation_id              uuid not null,
  constraint pk_participation_accommodation primary key (participation_id,accommodation_id)
);

create table person (
  id                            uuid not null,
  code                          varchar(40) not null,
  role                          varchar(40) not null,
  recruitment_route             varchar(40),
  paid                          boolean default false not null,
  lead_patient                  boolean default false not null,
  association                   varchar(200),
  education                     varchar(40),
  version                       bigint not null,
  when_created                  timestamp not null,
  when_modified                 timestamp not null,
  deleted                       boolean default false not null,
  constraint ck_person_role check ( role in ('PATIENT','RELATIVE','CITIZEN','LEAD_PATIENT','ASSOCIATION_REPRESENTATIVE','PROFESSIONAL')),
  constraint ck_person_recruitment_route check ( recruitment_route in ('HAND_PICKED','ASSOCIATION_NOMINATED','OPEN_CALL','RANDOM_SELECTION','DEMOGRAPHIC_QUOTA','PATIENT_LIBRARY','PEER_REFERRAL')),
  constraint ck_person_education check ( education in ('COMPULSORY','UPPER_SECONDARY','POST_SECONDARY_SHORT','UNIVERSITY')),
  constraint uq_person_code unique (code),
  constraint pk_person primary key (id)
);

create table person_identity (
  id                            uuid not null,
  person_id                     uuid not null,
  full_name                     varchar(200),
  email                         varchar(200),
  phone                         varchar(60),
  postal_address                varchar(500),
  version                       bigint not null,
  when_created                  timestamp not null,
  when_modified                 timestamp not null,
  constraint uq_person_identity_person_id unique (person_id),
  constraint pk_person_identity primary key (id)
);

create table process_team (
  id                            uuid not null,
  name                          varchar(200) not null,
  organisation_id               uuid,
  patient_group_served          varchar(300),
  description                   varchar(2000),
  version                       bigint not null,
  when_created                  timestamp not null,
  when_modified                 timestamp not null,
  deleted                       boolean default false not null,
  constraint pk_process_team primary key (id)
);

create table proposal (
  id                            uuid not null,
  activity_id                   uuid not null,
  proposer_id                   uuid,
  content                       varchar(2000) not null,
  outcome                       varchar(40) not null,
  outcome_on                    date,
  outcome_reason                varchar(2000),
  version                       bigint not null,
  when_created                  timestamp not null,
  when_modified                 timestamp not null,
  constraint ck_proposal_outcome check ( outcome in ('PENDING','ADOPTED','PARTLY_ADOPTED','REJECTED')),
  constraint pk_proposal primary key (id)
);

create table reference_share (
  id                            uuid not null,
  team_id                       uuid not null,
  group_id                      uuid not null,
  share                         double not null,
  source                        varchar(300),
  population_year               integer not null,
  version                       bigint not null,
  when_created                  timestamp not null,
  when_modified                 timestamp not null,
  constraint uq_reference_share_team_id_group_id_population_year unique (team_id,group_id,population_year),
  constraint pk_reference_share primary key (id)
);

create table rule_parameter (
  id                            uuid not null,
  rule_code                     varchar(80) not null,
  name                          varchar(80) not null,
  setting                       varchar(200) not null,
  version                       bigint not null,
  when_created                  timestamp not null,
  when_modified                 timestamp not null,
  constraint uq_rule_parameter_rule_code_name unique (rule_code,name),
  constraint pk_rule_parameter primary key (id)
);

create table team_membership (
  id                            uuid not null,
  team_id                       uuid not null,
  person_id                     uuid not null,
  profession                    varchar(120),
  area_of_care                  varchar(120),
  care_level                    varchar(40),
  joined_on                     date,
  left_on                       date,
  version                       bigint not null,
  when_created                  timestamp not null,
  when_modified                 timestamp not null,
  constraint ck_team_membership_care_level check ( care_level in ('PRIMARY_CARE','SPECIALIST_OUTPATIENT','HOSPITAL_INPATIENT','MUNICIPAL_CARE','REGIONAL_ADMINISTRATION')),
  constraint uq_team_membership_team_id_person_id unique (team_id,person_id),
  constraint pk_team_membership primary key (id)
);

-- foreign keys and indices
create index ix_activity_team_id on activity (team_id);
alter table activity add constraint fk_activity_team_id foreign key (team_id) references process_team (id) on delete restrict on update restrict;

create index ix_activity_organisation_id on activity (organisation_id);
alter table activity add constraint fk_activity_organisation_id foreign key (organisation_id) references organisation (id) on delete restrict on update restrict;

create index ix_activity_barrier_activity on activity_barrier (activity_id);
alter table activity_barrier add constraint fk_activity_barrier_activity foreign key (activity_id) references activity (id) on delete restrict on update restrict;

create index ix_activity_barrier_barrier on activity_barrier (barrier_id);
alter table activity_barrier add constraint fk_activity_barrier_barrier foreign key (barrier_id) references barrier (id) on delete restrict on update restrict;

create index ix_activity_accommodation_activity on activity_accommodation (activity_id);
alter table activity_accommodation add constraint fk_activity_accommodation_activity foreign key (activity_id) references activity (id) on delete restrict on update restrict;

create index ix_activity_accommodation_accommodation on activity_accommodation (accommodation_id);
alter table activity_accommodation add constraint fk_activity_accommodation_accommodation foreign key (accommodation_id) references accommodation (id) on delete restrict on update restrict;

create index ix_consent_person_id on consent (person_id);
alter table consent add constraint fk_consent_person_id foreign key (person_id) references person (id) on delete restrict on update restrict;

create index ix_exclusion_flag_activity_id on exclusion_flag (activity_id);
alter table exclusion_flag add constraint fk_exclusion_flag_activity_id foreign key (activity_id) references activity (id) on delete restrict on update restrict;

create index ix_exclusion_flag_team_id on exclusion_flag (team_id);
alter table exclusion_flag add constraint fk_exclusion_flag_team_id foreign key (team_id) references process_team (id) on delete restrict on update restrict;

create index ix_exclusion_flag_group_id on exclusion_flag (group_id);
alter table exclusion_flag add constraint fk_exclusion_flag_group_id foreign key (group_id) references disadvantaged_group (id) on delete restrict on update restrict;

create index ix_group_membership_person_id on group_membership (person_id);
alter table group_membership add constraint fk_group_membership_person_id foreign key (person_id) references person (id) on delete restrict on update restrict;

create index ix_group_membership_group_id on group_membership (group_id);
alter table group_membership add constraint fk_group_membership_group_id foreign key (group_id) references disadvantaged_group (id) on delete restrict on update restrict;

create index ix_group_membership_consent_id on group_membership (consent_id);
alter table group_membership add constraint fk_group_membership_consent_id foreign key (consent_id) references consent (id) on delete restrict on update restrict;

create index ix_participation_activity_id on participation (activity_id);
alter table participation add constraint fk_participation_activity_id foreign key (activity_id) references activity (id) on delete restrict on update restrict;

create index ix_participation_person_id on participation (person_id);
alter table participation add constraint fk_participation_person_id foreign key (person_id) references person (id) on delete restrict on update restrict;

create index ix_participation_barrier_participation on participation_barrier (participation_id);
alter table participation_barrier add constraint fk_participation_barrier_participation foreign key (participation_id) references participation (id) on delete restrict on update restrict;

create index ix_participation_barrier_barrier on participation_barrier (barrier_id);
alter table participation_barrier add constraint fk_participation_barrier_barrier foreign key (barrier_id) references barrier (id) on delete restrict on update restrict;

create index ix_participation_accommodation_participation on participation_accommodation (participation_id);
alter table participation_accommodation add constraint fk_participation_accommodation_participation foreign key (participation_id) references participation (id) on delete restrict on update restrict;

create index ix_participation_accommodation_accommodation on participation_accommodation (accommodation_id);
alter table participation_accommodation add constraint fk_participation_accommodation_accommodation foreign key (accommodation_id) references accommodation (id) on delete restrict on update restrict;

alter table person_identity add constraint fk_person_identity_person_id foreign key (person_id) references person (id) on delete restrict on update restrict;

create index ix_process_team_organisation_id on process_team (organisation_id);
alter table process_team add constraint fk_process_team_organisation_id foreign key (organisation_id) references organisation (id) on delete restrict on update restrict;

create index ix_proposal_activity_id on proposal (activity_id);
alter table proposal add constraint fk_proposal_activity_id foreign key (activity_id) references activity (id) on delete restrict on update restrict;

create index ix_proposal_proposer_id on proposal (proposer_id);
alter table proposal add constraint fk_proposal_proposer_id foreign key (proposer_id) references person (id) on delete restrict on update restrict;

create index ix_reference_share_team_id on reference_share (team_id);
alter table reference_share add constraint fk_reference_share_team_id foreign key (team_id) references process_team (id) on delete restrict on update restrict;

create index ix_reference_share_group_id on reference_share (group_id);
alter table reference_share add constraint fk_reference_share_group_id foreign key (group_id) references disadvantaged_group (id) on delete restrict on update restrict;

create index ix_team_membership_team_id on team_membership (team_id);
alter table team_membership add constraint fk_team_membership_team_id foreign key (team_id) references process_team (id) on delete restrict on update restrict;

create index ix_team_membership_person_id on team_membership (person_id);
alter table team_membership add constraint fk_team_membership_person_id foreign key (person_id) references person (id) on delete restrict on update restrict;

create index ix_activity_held_on on activity (held_on);
