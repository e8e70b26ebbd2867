-- Version 5 (issue 12): each person's facts, kept by the appends, replace the indicator read models
-- of V3. Same conventions as V1 (portable SQL, tenant id leading every key and index).
--
-- A person's facts are cells of report periods (a range of start days and a range of end days) with
-- what the person adds to every figure of a report whose period falls in the cell (the tally, small
-- numbers that core writes and reads, one character each). Core computes them from the person's pathway and the
-- append writes them in its own transaction, replacing the person's earlier cells; a report adds up
-- the cells covering its period with one GROUP BY, and reads no event.
--
-- Open bounds are stored as 0001-01-01 and 9999-12-31, so that the covering test is four plain
-- comparisons. The basis (with the tally, in fact_tallies) names the definitions (rule set versions,
-- pathway model) the cells were computed under: a report refuses to mix bases, and the engine computes
-- other bases' cells again.

-- Each distinct tally once, under its basis. Many people add the same tally, and a report counts the
-- cells by tally id: narrow rows to scan and a number to group by. The id is a 64-bit hash of the basis
-- and the tally, computed by the store (0 is the tally of facts out of date); the text is kept to read
-- the tally back and to catch the most unlikely collision.
CREATE TABLE fact_tallies (
  tally_id BIGINT        NOT NULL,
  basis    VARCHAR(32)   NOT NULL,
  tally    VARCHAR(4000) NOT NULL,
  CONSTRAINT fact_tallies_pk PRIMARY KEY (tally_id)
);

INSERT INTO fact_tallies (tally_id, basis, tally) VALUES (0, 'out-of-date', '0');

CREATE TABLE fact_cells (
  tenant_id      VARCHAR(64)  NOT NULL,
  beneficiary_id UUID         NOT NULL,
  cell           INT          NOT NULL,
  programme_id   VARCHAR(100) NOT NULL,
  start_from     DATE         NOT NULL,
  start_to       DATE         NOT NULL,
  end_from       DATE         NOT NULL,
  end_to         DATE         NOT NULL,
  site_id        VARCHAR(100),
  channel        VARCHAR(64),
  tally_id       BIGINT       NOT NULL,
  CONSTRAINT fact_cells_pk PRIMARY KEY (tenant_id, beneficiary_id, cell)
);

-- What a report reads: one programme's cells.
CREATE INDEX fact_cells_by_programme ON fact_cells (tenant_id, programme_id);

-- The people stored before this version have no facts yet: one cell each, out of date, which a
-- report meets (whatever its period, site or channel) and which the engine computes again from the
-- events (MobilisationEngine.rebuildFacts, which indicatorReport calls itself).
INSERT INTO fact_cells (tenant_id, beneficiary_id, cell, programme_id, start_from, start_to, end_from, end_to,
                        site_id, channel, tally_id)
SELECT tenant_id, beneficiary_id, 0, programme_id, DATE '0001-01-01', DATE '9999-12-31', DATE '0001-01-01',
       DATE '9999-12-31', NULL, NULL, 0
FROM beneficiaries;

DROP TABLE indicator_welcomes;
DROP TABLE indicator_referrals;
DROP TABLE indicator_appointments;
DROP TABLE indicator_satisfaction;
ALTER TABLE beneficiaries DROP COLUMN capture_channel;
ALTER TABLE beneficiaries DROP COLUMN capture_site_id;
