-- A note about a development day keeps the day's time as times, so each reader sees it written as their language
-- writes times (the digest in English, the dashboard in Danish).
alter table notification add column starts_at timestamp with time zone;
alter table notification add column ends_at timestamp with time zone;
