-- Version 7 (issue 15): the change feed, where its subscribers may keep their checkpoints, and the
-- partners' own case ids. Same
-- conventions as V1 (portable SQL, tenant id leading every key).
--
-- A tenant's events are numbered 1, 2, 3... in the order their transactions committed. The numbers
-- are given by the last statement of each append's transaction, which adds the batch's event count to
-- the tenant's row of change_feed_heads (locking it until the commit) and inserts the batch's row of
-- change_feed: see docs/storage-jdbc.md for why not a sequence.

-- Per tenant, the last position given.
CREATE TABLE change_feed_heads (
  tenant_id      VARCHAR(64) NOT NULL,
  last_position  BIGINT      NOT NULL,
  CONSTRAINT change_feed_heads_pk PRIMARY KEY (tenant_id)
);

-- Per committed batch of appends, the positions it was given and the events they number, one line per
-- append: "<beneficiary id> <first version> <last version>", in the batch's order.
CREATE TABLE change_feed (
  tenant_id      VARCHAR(64) NOT NULL,
  first_position BIGINT      NOT NULL,
  last_position  BIGINT      NOT NULL,
  appends        VARCHAR     NOT NULL,
  CONSTRAINT change_feed_pk PRIMARY KEY (tenant_id, last_position),
  CONSTRAINT change_feed_positions CHECK (first_position >= 1 AND last_position >= first_position)
);

-- The events stored before this version enter the feed first, one per row, in the order they were
-- recorded; a person's in version order even if clocks disagreed (each event is placed at the latest
-- time recorded so far in its stream).
INSERT INTO change_feed (tenant_id, first_position, last_position, appends)
SELECT tenant_id, position, position,
       CAST(beneficiary_id AS VARCHAR(36)) || ' ' || CAST(version AS VARCHAR(20)) || ' ' || CAST(version AS VARCHAR(20))
FROM (SELECT tenant_id, beneficiary_id, version,
             ROW_NUMBER() OVER (PARTITION BY tenant_id ORDER BY stream_time, beneficiary_id, version) AS position
      FROM (SELECT tenant_id, beneficiary_id, version,
                   MAX(recorded_at) OVER (PARTITION BY tenant_id, beneficiary_id ORDER BY version) AS stream_time
            FROM pathway_events) timed) numbered;

INSERT INTO change_feed_heads (tenant_id, last_position)
SELECT tenant_id, MAX(last_position) FROM change_feed GROUP BY tenant_id;

-- The last position each subscriber handled, per tenant (JdbcStorage.feedCheckpoints).
CREATE TABLE change_feed_checkpoints (
  tenant_id      VARCHAR(64)  NOT NULL,
  subscriber     VARCHAR(200) NOT NULL,
  last_position  BIGINT       NOT NULL,
  CONSTRAINT change_feed_checkpoints_pk PRIMARY KEY (tenant_id, subscriber)
);

-- A partner's own case ids mapped to the pseudonymous ids: personal data (they lead back to the person
-- in the partner's system), kept beside personal_data and deleted with the person's row on erasure.
CREATE TABLE partner_case_ids (
  tenant_id      VARCHAR(64)  NOT NULL,
  case_id        VARCHAR(400) NOT NULL,
  beneficiary_id UUID         NOT NULL,
  entry_number   BIGINT       GENERATED ALWAYS AS IDENTITY,
  CONSTRAINT partner_case_ids_pk PRIMARY KEY (tenant_id, case_id)
);

CREATE INDEX partner_case_ids_by_beneficiary ON partner_case_ids (tenant_id, beneficiary_id, entry_number);
