-- foreign keys and indices
create index ix_activity_deleted on activity (deleted);
create index ix_exclusion_flag_deleted on exclusion_flag (deleted);
create index ix_organisation_deleted on organisation (deleted);
create index ix_person_deleted on person (deleted);
create index ix_process_team_deleted on process_team (deleted);
