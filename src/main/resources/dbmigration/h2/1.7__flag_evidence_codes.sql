-- apply alter tables
alter table exclusion_flag add column evidence_key varchar(200);
alter table exclusion_flag add column evidence_arguments varchar(4000);
alter table exclusion_flag add column status_reason_code varchar(40);

-- automatic flags store codes, never words: their observation becomes the rule's code (its name is
-- shown in the reader's language) and the evidence written in the language of an earlier run is let
-- go; the next detection run stores it again as a message key with typed arguments. A flag the program
-- resolved keeps the reason as a code.
update exclusion_flag set observation = rule_code where origin = 'AUTOMATIC' and rule_code is not null;
update exclusion_flag set evidence = null where origin = 'AUTOMATIC';
update exclusion_flag set status_reason_code = 'NO_LONGER_HOLDS', status_reason = null where origin = 'AUTOMATIC' and status = 'RESOLVED';
