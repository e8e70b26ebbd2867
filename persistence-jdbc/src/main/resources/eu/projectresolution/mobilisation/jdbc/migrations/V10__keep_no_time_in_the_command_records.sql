-- Version 10 (issue 14): the command records keep no time. Same conventions as V1 (portable SQL).
--
-- pathway_commands.recorded_at was a copy of the instant the command's first event was typed. Nothing
-- reads it: the idempotency record needs the command id, the person and the versions. The instant is
-- personal data (when a counsellor typed about a person) and pathway detail, which no report counts:
-- pathway_events.recorded_at keeps it until the person's pathway detail is purged (retention class
-- PATHWAY_DETAIL) or the person is erased, and then keeps midnight UTC of the event's day. The copy here
-- outlived both. Data minimisation (GDPR Art. 5(1)(c)): no copy, not even a coarser one.
ALTER TABLE pathway_commands DROP COLUMN recorded_at;
