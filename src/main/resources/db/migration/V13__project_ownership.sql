-- An organisation named as owner by someone outside it is only proposed until its staff or the secretariat accept.
-- Projects that have an owner today keep it.
alter table project add column proposed_owner_organisation_id bigint references organisation (id);
create index project_proposed_owner_idx on project (proposed_owner_organisation_id);

-- Notification kinds are stored as the names of NotificationKind.
update notification set kind = 'OFFER_RECEIVED' where kind = 'offerReceived';
update notification set kind = 'OFFER_SENT' where kind = 'offerSent';
update notification set kind = 'OFFER_ACCEPTED' where kind = 'offerAccepted';
update notification set kind = 'OFFER_DECLINED' where kind = 'offerDeclined';
alter table notification add constraint notification_kind_check check (kind in ('OFFER_RECEIVED', 'OFFER_SENT',
    'OFFER_ACCEPTED', 'OFFER_DECLINED', 'OWNERSHIP_PROPOSED', 'OWNERSHIP_ACCEPTED', 'OWNERSHIP_DECLINED'));
