-- A test-only upgrade, one step above the program's schema: a new table filled with rows, so that
-- the upgrade takes long enough for kills to meet it. It touches no table of the program.
create table reliability_probe (
  id                            integer not null,
  filler                        varchar(200),
  constraint pk_reliability_probe primary key (id)
);
insert into reliability_probe (id, filler) select x, repeat('x', 100) from system_range(1, 50000);
create index ix_reliability_probe_filler on reliability_probe (filler);
