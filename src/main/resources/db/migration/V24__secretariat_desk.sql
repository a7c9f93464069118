-- The secretariat's desk (web.SecretariatController): queues of work, each counted by one indexed statement.
--
-- New ideas: an idea counts until the secretariat has marked it looked at (projects.ProjectQueues). The projects that
-- exist now were there before the desk and are taken as looked at; only ideas proposed from now on wait.
alter table project add column secretariat_looked_at timestamp with time zone;
update project set secretariat_looked_at = current_timestamp;
create index project_new_idea_idx on project (stage, secretariat_looked_at, created_at);

-- Offers nobody has answered for more than 14 days (projects.ProjectQueues).
create index need_offer_status_created_idx on need_offer (status, created_at);

-- Requests to join a team that wait, counted across all teams (joining.StaffAccess).
create index staff_request_status_created_idx on staff_request (status, created_at);

-- Imports running, or failed lately (actors.ImportQueue).
create index import_job_status_idx on import_job (status, finished_at);

-- Days that are not over, or ended lately without their evaluation (devdays.DayQueues).
create index development_day_ends_idx on development_day (ends_at);

-- Failed emails lately (mail.Mailer): outgoing_mail_due_idx (status, next_attempt_at) already finds the failed ones.
