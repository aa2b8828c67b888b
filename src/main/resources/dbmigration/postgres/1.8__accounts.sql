-- apply changes
create table account (
  id                            uuid not null,
  version                       bigint not null,
  when_created                  timestamptz not null,
  when_modified                 timestamptz not null,
  database_user                 varchar(63) not null,
  role                          varchar(20) not null,
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
alter table audit_entry add column if not exists database_user varchar(63);
-- foreign keys and indices
create index ix_account_team_account on account_team (account_id);
alter table account_team add constraint fk_account_team_account foreign key (account_id) references account (id) on delete restrict on update restrict;

create index ix_account_team_process_team on account_team (team_id);
alter table account_team add constraint fk_account_team_process_team foreign key (team_id) references process_team (id) on delete restrict on update restrict;


-- Accounts and roles, enforced by the server: row-level security on every table. The owner of the tables
-- (whoever set the database up) and superusers pass unchecked; every other login sees and changes only what
-- its account's role allows. Group roles and their grants are made by the program's account commands.
-- The functions run as the owner (security definer) so that policies can read the accounts and the
-- teams of activities without recursing into the policies of those tables.
create or replace function inclusio_account_role() returns varchar
  language sql stable security definer set search_path from current as $$
  select case
    when pg_has_role(session_user,
        (select tableowner from pg_tables where schemaname = current_schema() and tablename = 'account'),
        'MEMBER') then 'ADMINISTRATOR'
    else (select role from account where database_user = session_user) end
$$;

create or replace function inclusio_my_teams() returns setof uuid
  language sql stable security definer set search_path from current as $$
  select t.team_id from account_team t join account a on a.id = t.account_id where a.database_user = session_user
$$;

create or replace function inclusio_reads_all() returns boolean
  language sql stable security definer set search_path from current as $$
  select coalesce(inclusio_account_role() in ('ADMINISTRATOR', 'OFFICER'), false)
$$;

create or replace function inclusio_is_account() returns boolean
  language sql stable security definer set search_path from current as $$
  select inclusio_account_role() is not null
$$;

create or replace function inclusio_is_administrator() returns boolean
  language sql stable security definer set search_path from current as $$
  select coalesce(inclusio_account_role() = 'ADMINISTRATOR', false)
$$;

create or replace function inclusio_records() returns boolean
  language sql stable security definer set search_path from current as $$
  select coalesce(inclusio_account_role() in ('ADMINISTRATOR', 'COORDINATOR', 'FACILITATOR'), false)
$$;

create or replace function inclusio_may_read_team(p_team uuid) returns boolean
  language sql stable security definer set search_path from current as $$
  select inclusio_reads_all() or coalesce(p_team in (select inclusio_my_teams()), false)
$$;

create or replace function inclusio_may_record_team(p_team uuid) returns boolean
  language sql stable security definer set search_path from current as $$
  select inclusio_is_administrator()
      or (coalesce(inclusio_account_role() in ('COORDINATOR', 'FACILITATOR'), false)
          and coalesce(p_team in (select inclusio_my_teams()), false))
$$;

create or replace function inclusio_may_coordinate_team(p_team uuid) returns boolean
  language sql stable security definer set search_path from current as $$
  select inclusio_is_administrator()
      or (coalesce(inclusio_account_role() = 'COORDINATOR', false)
          and coalesce(p_team in (select inclusio_my_teams()), false))
$$;

create or replace function inclusio_activity_team(p_activity uuid) returns uuid
  language sql stable security definer set search_path from current as $$
  select team_id from activity where id = p_activity
$$;

create or replace function inclusio_participation_team(p_participation uuid) returns uuid
  language sql stable security definer set search_path from current as $$
  select a.team_id from participation p join activity a on a.id = p.activity_id where p.id = p_participation
$$;

-- a person is seen by those who see one of the person's teams or of the activities the person took part in;
-- someone not yet on any team nor in any activity (just registered) by everyone who records
create or replace function inclusio_in_my_teams(p_person uuid) returns boolean
  language sql stable security definer set search_path from current as $$
  select exists (select 1 from team_membership m where m.person_id = p_person
                   and m.team_id in (select inclusio_my_teams()))
      or exists (select 1 from participation p join activity a on a.id = p.activity_id
                  where p.person_id = p_person and a.team_id in (select inclusio_my_teams()))
$$;

create or replace function inclusio_unattached(p_person uuid) returns boolean
  language sql stable security definer set search_path from current as $$
  select not exists (select 1 from team_membership m where m.person_id = p_person)
     and not exists (select 1 from participation p where p.person_id = p_person)
$$;

create or replace function inclusio_may_read_person(p_person uuid) returns boolean
  language sql stable security definer set search_path from current as $$
  select inclusio_reads_all() or inclusio_in_my_teams(p_person)
      or (inclusio_records() and inclusio_unattached(p_person))
$$;

create or replace function inclusio_may_edit_person(p_person uuid) returns boolean
  language sql stable security definer set search_path from current as $$
  select inclusio_is_administrator()
      or (inclusio_records() and (inclusio_in_my_teams(p_person) or inclusio_unattached(p_person)))
$$;

-- names and addresses: the administrator and the coordinators of the person's teams, not the officers
create or replace function inclusio_may_see_identity(p_person uuid) returns boolean
  language sql stable security definer set search_path from current as $$
  select inclusio_is_administrator()
      or (coalesce(inclusio_account_role() = 'COORDINATOR', false)
          and (inclusio_in_my_teams(p_person) or inclusio_unattached(p_person)))
$$;

-- the teams and what belongs to them
alter table process_team enable row level security;
create policy inclusio_read on process_team for select using ((select inclusio_reads_all()) or inclusio_may_read_team(id));
create policy inclusio_add on process_team for insert with check (inclusio_is_administrator());
create policy inclusio_change on process_team for update using (inclusio_may_coordinate_team(id));
create policy inclusio_remove on process_team for delete using (inclusio_is_administrator());

alter table team_membership enable row level security;
create policy inclusio_read on team_membership for select using ((select inclusio_reads_all()) or inclusio_may_read_team(team_id));
create policy inclusio_add on team_membership for insert with check (inclusio_may_coordinate_team(team_id));
create policy inclusio_change on team_membership for update using (inclusio_may_coordinate_team(team_id));
create policy inclusio_remove on team_membership for delete using (inclusio_may_coordinate_team(team_id));

alter table reference_share enable row level security;
create policy inclusio_read on reference_share for select using ((select inclusio_reads_all()) or inclusio_may_read_team(team_id));
create policy inclusio_add on reference_share for insert with check (inclusio_may_coordinate_team(team_id));
create policy inclusio_change on reference_share for update using (inclusio_may_coordinate_team(team_id));
create policy inclusio_remove on reference_share for delete using (inclusio_may_coordinate_team(team_id));

-- activities and what was recorded of them
alter table activity enable row level security;
create policy inclusio_read on activity for select using ((select inclusio_reads_all()) or inclusio_may_read_team(team_id));
create policy inclusio_add on activity for insert with check (inclusio_may_record_team(team_id));
create policy inclusio_change on activity for update using (inclusio_may_record_team(team_id));
create policy inclusio_remove on activity for delete using (inclusio_may_record_team(team_id));

alter table activity_barrier enable row level security;
create policy inclusio_read on activity_barrier for select using ((select inclusio_reads_all()) or inclusio_may_read_team(inclusio_activity_team(activity_id)));
create policy inclusio_add on activity_barrier for insert with check (inclusio_may_record_team(inclusio_activity_team(activity_id)));
create policy inclusio_change on activity_barrier for update using (inclusio_may_record_team(inclusio_activity_team(activity_id)));
create policy inclusio_remove on activity_barrier for delete using (inclusio_may_record_team(inclusio_activity_team(activity_id)));

alter table activity_accommodation enable row level security;
create policy inclusio_read on activity_accommodation for select using ((select inclusio_reads_all()) or inclusio_may_read_team(inclusio_activity_team(activity_id)));
create policy inclusio_add on activity_accommodation for insert with check (inclusio_may_record_team(inclusio_activity_team(activity_id)));
create policy inclusio_change on activity_accommodation for update using (inclusio_may_record_team(inclusio_activity_team(activity_id)));
create policy inclusio_remove on activity_accommodation for delete using (inclusio_may_record_team(inclusio_activity_team(activity_id)));

alter table participation enable row level security;
create policy inclusio_read on participation for select using ((select inclusio_reads_all()) or inclusio_may_read_team(inclusio_activity_team(activity_id)));
create policy inclusio_add on participation for insert with check (inclusio_may_record_team(inclusio_activity_team(activity_id)));
create policy inclusio_change on participation for update using (inclusio_may_record_team(inclusio_activity_team(activity_id)));
create policy inclusio_remove on participation for delete using (inclusio_may_record_team(inclusio_activity_team(activity_id)));

alter table proposal enable row level security;
create policy inclusio_read on proposal for select using ((select inclusio_reads_all()) or inclusio_may_read_team(inclusio_activity_team(activity_id)));
create policy inclusio_add on proposal for insert with check (inclusio_may_record_team(inclusio_activity_team(activity_id)));
create policy inclusio_change on proposal for update using (inclusio_may_record_team(inclusio_activity_team(activity_id)));
create policy inclusio_remove on proposal for delete using (inclusio_may_record_team(inclusio_activity_team(activity_id)));

alter table workshop_session enable row level security;
create policy inclusio_read on workshop_session for select using ((select inclusio_reads_all()) or inclusio_may_read_team(inclusio_activity_team(activity_id)));
create policy inclusio_add on workshop_session for insert with check (inclusio_may_record_team(inclusio_activity_team(activity_id)));
create policy inclusio_change on workshop_session for update using (inclusio_may_record_team(inclusio_activity_team(activity_id)));
create policy inclusio_remove on workshop_session for delete using (inclusio_may_record_team(inclusio_activity_team(activity_id)));

alter table participation_barrier enable row level security;
create policy inclusio_read on participation_barrier for select using ((select inclusio_reads_all()) or inclusio_may_read_team(inclusio_participation_team(participation_id)));
create policy inclusio_add on participation_barrier for insert with check (inclusio_may_record_team(inclusio_participation_team(participation_id)));
create policy inclusio_change on participation_barrier for update using (inclusio_may_record_team(inclusio_participation_team(participation_id)));
create policy inclusio_remove on participation_barrier for delete using (inclusio_may_record_team(inclusio_participation_team(participation_id)));

alter table participation_accommodation enable row level security;
create policy inclusio_read on participation_accommodation for select using ((select inclusio_reads_all()) or inclusio_may_read_team(inclusio_participation_team(participation_id)));
create policy inclusio_add on participation_accommodation for insert with check (inclusio_may_record_team(inclusio_participation_team(participation_id)));
create policy inclusio_change on participation_accommodation for update using (inclusio_may_record_team(inclusio_participation_team(participation_id)));
create policy inclusio_remove on participation_accommodation for delete using (inclusio_may_record_team(inclusio_participation_team(participation_id)));

-- flags: officers and administrators for every team (the rules' runs), the others for their teams
alter table exclusion_flag enable row level security;
create policy inclusio_read on exclusion_flag for select using ((select inclusio_reads_all())
    or inclusio_may_read_team(coalesce(team_id, inclusio_activity_team(activity_id))));
create policy inclusio_add on exclusion_flag for insert with check ((select inclusio_reads_all())
    or inclusio_may_record_team(coalesce(team_id, inclusio_activity_team(activity_id))));
create policy inclusio_change on exclusion_flag for update using ((select inclusio_reads_all())
    or inclusio_may_record_team(coalesce(team_id, inclusio_activity_team(activity_id))));
create policy inclusio_remove on exclusion_flag for delete using (inclusio_is_administrator());

-- people and their special-category data
alter table person enable row level security;
create policy inclusio_read on person for select using ((select inclusio_reads_all()) or inclusio_may_read_person(id));
create policy inclusio_add on person for insert with check (inclusio_records());
create policy inclusio_change on person for update using (inclusio_may_edit_person(id));
create policy inclusio_remove on person for delete using (inclusio_is_administrator());

alter table consent enable row level security;
create policy inclusio_read on consent for select using ((select inclusio_reads_all()) or inclusio_may_read_person(person_id));
create policy inclusio_add on consent for insert with check (inclusio_may_edit_person(person_id));
create policy inclusio_change on consent for update using (inclusio_may_edit_person(person_id));
create policy inclusio_remove on consent for delete using (inclusio_may_edit_person(person_id));

alter table group_membership enable row level security;
create policy inclusio_read on group_membership for select using ((select inclusio_reads_all()) or inclusio_may_read_person(person_id));
create policy inclusio_add on group_membership for insert with check (inclusio_may_edit_person(person_id));
create policy inclusio_change on group_membership for update using (inclusio_may_edit_person(person_id));
create policy inclusio_remove on group_membership for delete using (inclusio_may_edit_person(person_id));

alter table person_identity enable row level security;
create policy inclusio_read on person_identity for select using (inclusio_may_see_identity(person_id));
create policy inclusio_add on person_identity for insert with check (inclusio_may_see_identity(person_id));
create policy inclusio_change on person_identity for update using (inclusio_may_see_identity(person_id));
create policy inclusio_remove on person_identity for delete using (inclusio_may_see_identity(person_id));

-- what every account reads and only the administrator changes
alter table organisation enable row level security;
create policy inclusio_read on organisation for select using (inclusio_is_account());
create policy inclusio_write on organisation for all using (inclusio_is_administrator()) with check (inclusio_is_administrator());

alter table disadvantaged_group enable row level security;
create policy inclusio_read on disadvantaged_group for select using (inclusio_is_account());
create policy inclusio_write on disadvantaged_group for all using (inclusio_is_administrator()) with check (inclusio_is_administrator());

alter table barrier enable row level security;
create policy inclusio_read on barrier for select using (inclusio_is_account());
create policy inclusio_write on barrier for all using (inclusio_is_administrator()) with check (inclusio_is_administrator());

alter table accommodation enable row level security;
create policy inclusio_read on accommodation for select using (inclusio_is_account());
create policy inclusio_write on accommodation for all using (inclusio_is_administrator()) with check (inclusio_is_administrator());

alter table rule_parameter enable row level security;
create policy inclusio_read on rule_parameter for select using (inclusio_is_account());
create policy inclusio_write on rule_parameter for all using (inclusio_is_administrator()) with check (inclusio_is_administrator());

-- settings: every account may record the store's own id (at its first exchange); the rest is the administrator's
alter table store_setting enable row level security;
create policy inclusio_read on store_setting for select using (inclusio_is_account());
create policy inclusio_add on store_setting for insert with check (inclusio_is_account());
create policy inclusio_change on store_setting for update using (inclusio_is_administrator());
create policy inclusio_remove on store_setting for delete using (inclusio_is_administrator());

alter table exchange_log enable row level security;
create policy inclusio_read on exchange_log for select using (inclusio_is_account());
create policy inclusio_add on exchange_log for insert with check (inclusio_is_account());

-- the audit trail: everyone appends under their own login; only the administrator reads it
alter table audit_entry enable row level security;
create policy inclusio_read on audit_entry for select using (inclusio_is_administrator());
create policy inclusio_add on audit_entry for insert with check (inclusio_is_account() and database_user = session_user);

alter table audit_chain_head enable row level security;
create policy inclusio_read on audit_chain_head for select using (inclusio_is_account());
create policy inclusio_change on audit_chain_head for update using (inclusio_is_account());

-- the accounts themselves: each login reads its own, the administrator all
alter table account enable row level security;
create policy inclusio_read on account for select using (database_user = session_user or inclusio_is_administrator());
create policy inclusio_write on account for all using (inclusio_is_administrator()) with check (inclusio_is_administrator());

alter table account_team enable row level security;
create policy inclusio_read on account_team for select using (inclusio_is_administrator()
    or account_id in (select id from account where database_user = session_user));
create policy inclusio_write on account_team for all using (inclusio_is_administrator()) with check (inclusio_is_administrator());
