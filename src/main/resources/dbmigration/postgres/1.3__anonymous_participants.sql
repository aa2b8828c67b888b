-- apply alter tables
alter table activity add column if not exists anonymous_participants integer default 0 not null;
