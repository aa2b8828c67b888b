-- drop dependencies
drop index if exists ix_activity_deleted;
drop index if exists ix_exclusion_flag_deleted;
drop index if exists ix_organisation_deleted;
drop index if exists ix_person_deleted;
drop index if exists ix_process_team_deleted;
-- A mark only rows in the trash carry (null elsewhere), indexed for counting and listing the trash. The indexes on
-- deleted itself are gone: H2 takes a boolean column for a selective one and read every live row through such an
-- index for "deleted = false" (the register's first page: every activity instead of one page). Not in the model:
-- the program never writes it, the database computes it.
alter table activity add column in_trash boolean generated always as (case when deleted then true end);
create index ix_activity_in_trash on activity (in_trash);
alter table exclusion_flag add column in_trash boolean generated always as (case when deleted then true end);
create index ix_exclusion_flag_in_trash on exclusion_flag (in_trash);
alter table organisation add column in_trash boolean generated always as (case when deleted then true end);
create index ix_organisation_in_trash on organisation (in_trash);
alter table person add column in_trash boolean generated always as (case when deleted then true end);
create index ix_person_in_trash on person (in_trash);
alter table process_team add column in_trash boolean generated always as (case when deleted then true end);
create index ix_process_team_in_trash on process_team (in_trash);
