-- Version 6 (issue 14): the personal-data lifecycle's records. Same conventions as V1 (portable SQL,
-- tenant id leading every key and index, the record as core's JSON in "body").
--
-- None of these tables holds identifying data: they are keyed by the pseudonymous beneficiary id and
-- outlive the erasure of the person's row of personal_data. "entry_number" orders each person's
-- records as they were added.

-- Consents given and withdrawn, append-only: a withdrawal or a consent given again is a row of its own.
CREATE TABLE consent_records (
  tenant_id      VARCHAR(64) NOT NULL,
  command_id     UUID        NOT NULL,
  beneficiary_id UUID        NOT NULL,
  entry_number   BIGINT      GENERATED ALWAYS AS IDENTITY,
  body           VARCHAR     NOT NULL,
  CONSTRAINT consent_records_pk PRIMARY KEY (tenant_id, command_id)
);

CREATE INDEX consent_records_by_beneficiary ON consent_records (tenant_id, beneficiary_id, entry_number);

-- The audit record of each erasure (who asked, the legal ground, when, what classes of data), written
-- in the transaction that deletes or strips the person's row of personal_data.
CREATE TABLE erasure_records (
  tenant_id      VARCHAR(64) NOT NULL,
  command_id     UUID        NOT NULL,
  beneficiary_id UUID        NOT NULL,
  entry_number   BIGINT      GENERATED ALWAYS AS IDENTITY,
  body           VARCHAR     NOT NULL,
  CONSTRAINT erasure_records_pk PRIMARY KEY (tenant_id, command_id)
);

CREATE INDEX erasure_records_by_beneficiary ON erasure_records (tenant_id, beneficiary_id, entry_number);

-- Every read of a person's personal details through the engine: who, why, when.
CREATE TABLE personal_data_accesses (
  tenant_id      VARCHAR(64) NOT NULL,
  beneficiary_id UUID        NOT NULL,
  entry_number   BIGINT      GENERATED ALWAYS AS IDENTITY,
  body           VARCHAR     NOT NULL,
  CONSTRAINT personal_data_accesses_pk PRIMARY KEY (tenant_id, beneficiary_id, entry_number)
);
