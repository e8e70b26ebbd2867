-- The read models of the indicator counts (issue 6), version 3: narrow typed columns and tables that
-- the pathway appends keep up to date in their own transaction, so that a report's counts are SQL
-- aggregations over them (and over the typed columns of pathway_events) and no event is read back.
-- Same conventions as V1 (portable SQL, tenant id leading every key and index).
--
-- Rows are facts of core's Pathway fold, one table per kind of fact. A database that already holds
-- pathways (migrated to V2) needs these columns and tables filled from its events: JdbcStorage.migrate
-- does it right after this script (Flyway migration 3.1); a host applying the scripts with its own
-- tool calls JdbcStorage.rebuildIndicatorTables(dataSource, schema) once after this one (until then,
-- the counts refuse to answer rather than leave people out).

-- Each person's first contact, beside the programme and capture day the beneficiaries' projection
-- already holds: the channel and site it came through (a report's scope narrows people on these).
-- Written with the row at the capture; null only until the rows stored before this version are
-- filled (Flyway migration 3.1, or JdbcStorage.rebuildIndicatorTables).
ALTER TABLE beneficiaries ADD COLUMN capture_channel VARCHAR(64);
ALTER TABLE beneficiaries ADD COLUMN capture_site_id VARCHAR(100);

-- The site of each welcome, keyed by its event: a person's site as of a day is that of their latest
-- welcome by then. (The stage history needs no table of its own: table pathway_events has each
-- event's type, stage and day in columns.)
CREATE TABLE indicator_welcomes (
  tenant_id      VARCHAR(64)  NOT NULL,
  beneficiary_id UUID         NOT NULL,
  version        BIGINT       NOT NULL,
  welcomed_on    DATE         NOT NULL,
  site_id        VARCHAR(100) NOT NULL,
  CONSTRAINT indicator_welcomes_pk PRIMARY KEY (tenant_id, beneficiary_id, version)
);

-- Each person's referrals to mainstream schemes, with their latest status and its day.
CREATE TABLE indicator_referrals (
  tenant_id      VARCHAR(64) NOT NULL,
  beneficiary_id UUID        NOT NULL,
  referral_id    UUID        NOT NULL,
  proposed_on    DATE        NOT NULL,
  status         VARCHAR(32) NOT NULL,
  status_on      DATE        NOT NULL,
  CONSTRAINT indicator_referrals_pk PRIMARY KEY (tenant_id, beneficiary_id, referral_id)
);

-- Each person's appointments, as last recorded (recording an appointment id again replaces its day
-- and status).
CREATE TABLE indicator_appointments (
  tenant_id      VARCHAR(64) NOT NULL,
  beneficiary_id UUID        NOT NULL,
  appointment_id UUID        NOT NULL,
  scheduled_on   DATE        NOT NULL,
  status         VARCHAR(32) NOT NULL,
  CONSTRAINT indicator_appointments_pk PRIMARY KEY (tenant_id, beneficiary_id, appointment_id)
);

-- Each answer to the satisfaction survey, keyed by the event that recorded it.
CREATE TABLE indicator_satisfaction (
  tenant_id      VARCHAR(64) NOT NULL,
  beneficiary_id UUID        NOT NULL,
  version        BIGINT      NOT NULL,
  answered_on    DATE        NOT NULL,
  satisfied      BOOLEAN     NOT NULL,
  CONSTRAINT indicator_satisfaction_pk PRIMARY KEY (tenant_id, beneficiary_id, version)
);
