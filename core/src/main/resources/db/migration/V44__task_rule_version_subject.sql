-- Issue 11: a second admin's approval of a rule set version is a task in the admins' inbox; the
-- task names the rule set and version, as order and request tasks name theirs.
alter table human_task add column rule_set varchar(40), add column rule_version integer;
