-- Operations supervisors: the group overdue tasks are escalated to (issue 9).
alter table app_user add column supervisor boolean not null default false;
