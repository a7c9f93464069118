-- Someone who works for a partner already on Spirekassen asks to join it (joining.StaffRequest): the same request as
-- staff asking to join their member organisation, aimed at a partner instead. Exactly one of the two is named.
alter table staff_request add column partner_id bigint references partner (id) on delete cascade;
alter table staff_request alter column organisation_id drop not null;
alter table staff_request add constraint staff_request_one_team
    check ((organisation_id is null and partner_id is not null) or (organisation_id is not null and partner_id is null));
create index staff_request_partner_status on staff_request (partner_id, status);
