-- apply alter tables
alter table activity add column anonymous_participants integer default 0 not null;
