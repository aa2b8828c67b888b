-- foreign keys and indices
create index if not exists ix_activity_deleted on activity (deleted);
create index if not exists ix_exclusion_flag_deleted on exclusion_flag (deleted);
create index if not exists ix_organisation_deleted on organisation (deleted);
create index if not exists ix_person_deleted on person (deleted);
create index if not exists ix_process_team_deleted on process_team (deleted);
