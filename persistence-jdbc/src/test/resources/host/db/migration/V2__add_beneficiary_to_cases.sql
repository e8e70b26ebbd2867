-- The host's next migration, applied after the engine's tables joined the schema.
ALTER TABLE cases ADD COLUMN beneficiary_id UUID;
