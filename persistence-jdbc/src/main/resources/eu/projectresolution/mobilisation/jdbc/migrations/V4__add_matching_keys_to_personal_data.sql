-- Version 4 (issue 11): the key that recognises a person met again, kept beside their details.
-- Same conventions as V1 (portable SQL, tenant id leading every key and index).
--
-- A matching key is a keyed hash (HMAC-SHA256, in hexadecimal) of the person's normalised identity,
-- computed by the host with a secret it keeps apart from the database (core's IdentityMatcher): it is
-- how a host finds whom an identity belongs to without deriving the pseudonymous id from it. It is
-- personal data, so it lives in the row of table personal_data and is erased with it (one DELETE).
-- Null for a person stored without one. A key belongs to at most one person of a tenant: the unique
-- index says so and is what a lookup by key reads (several nulls are allowed, on H2 and PostgreSQL).
ALTER TABLE personal_data ADD COLUMN matching_key VARCHAR(128);

CREATE UNIQUE INDEX personal_data_by_matching_key ON personal_data (tenant_id, matching_key);
