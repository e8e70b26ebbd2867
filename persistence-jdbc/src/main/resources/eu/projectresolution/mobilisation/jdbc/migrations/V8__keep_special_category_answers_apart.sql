-- Version 8 (issue 14): the answers to special-category questions (disability, foreign background,
-- minority, housing exclusion, refugee status), kept apart from the pathway events, beside the
-- personal details, so that an erasure removes them. Same conventions as V1 (portable SQL, tenant id
-- leading every key, the value as core's JSON in "body"). It depends on no table of V7.
--
-- One row per answer: the version of the event that recorded it (the event holds only the mark that
-- the question was answered) and the category; the answer and its lawful basis are in "body".
CREATE TABLE special_category_answers (
  tenant_id      VARCHAR(64) NOT NULL,
  beneficiary_id UUID        NOT NULL,
  version        BIGINT      NOT NULL,
  category       VARCHAR(40) NOT NULL,
  body           VARCHAR     NOT NULL,
  CONSTRAINT special_category_answers_pk PRIMARY KEY (tenant_id, beneficiary_id, version, category)
);
