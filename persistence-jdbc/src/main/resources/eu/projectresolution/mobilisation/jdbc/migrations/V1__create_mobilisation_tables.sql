-- The tables of the mobilisation engine (module mobilisation-persistence-jdbc), version 1.
--
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 14+, into the current schema (Flyway sets it
-- when JdbcStorage.migrate is called; a host applying this script with its own tool sets it itself).
-- Conventions:
--   * the tenant id leads every primary key and index, so that the tables can later be distributed
--     by tenant (e.g. Citus) without change;
--   * records are stored as the JSON of core's MobilisationJson in a "body"-like column, which is
--     what the adapters read back; the typed columns beside it are copies for keys, filters and SQL
--     aggregation (indicator figures), written in the same statement;
--   * VARCHAR without a length is unbounded on PostgreSQL and up to 1,000,000,000 characters on H2.

-- The programmes a tenant runs, with all their declarations.
CREATE TABLE programmes (
  tenant_id    VARCHAR(64)  NOT NULL,
  programme_id VARCHAR(100) NOT NULL,
  body         VARCHAR      NOT NULL,
  CONSTRAINT programmes_pk PRIMARY KEY (tenant_id, programme_id)
);

-- Every pathway event, append-only: one stream per beneficiary, numbered from 1 without gaps.
-- The primary key is what makes two concurrent appends at the same version impossible.
CREATE TABLE pathway_events (
  tenant_id      VARCHAR(64)              NOT NULL,
  beneficiary_id UUID                     NOT NULL,
  version        BIGINT                   NOT NULL,
  command_id     UUID                     NOT NULL,
  event_type     VARCHAR(64)              NOT NULL,
  stage          VARCHAR(100)             NOT NULL,
  occurred_on    DATE                     NOT NULL,
  recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  body           VARCHAR                  NOT NULL,
  CONSTRAINT pathway_events_pk PRIMARY KEY (tenant_id, beneficiary_id, version),
  CONSTRAINT pathway_events_version_positive CHECK (version >= 1)
);

-- The idempotency record: one row per accepted command, written in the same transaction as its
-- events. Its primary key makes a replayed command id fail before anything is written.
CREATE TABLE pathway_commands (
  tenant_id      VARCHAR(64)              NOT NULL,
  command_id     UUID                     NOT NULL,
  beneficiary_id UUID                     NOT NULL,
  first_version  BIGINT                   NOT NULL,
  last_version   BIGINT                   NOT NULL,
  recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT pathway_commands_pk PRIMARY KEY (tenant_id, command_id),
  CONSTRAINT pathway_commands_versions CHECK (first_version >= 1 AND last_version >= first_version)
);

-- The beneficiaries' projection, moved on by every append in the same transaction: the summary core's
-- BeneficiarySummary.apply computes (as JSON in "summary"), its identity, programme, stage, version and
-- dates, and its profile copied into columns for the indicator figures (gender, birth year or age band,
-- NEET, long-term unemployed, refugee, third-country national, kind of territory of residence).
CREATE TABLE beneficiaries (
  tenant_id              VARCHAR(64)  NOT NULL,
  beneficiary_id         UUID         NOT NULL,
  programme_id           VARCHAR(100) NOT NULL,
  stage                  VARCHAR(100) NOT NULL,
  version                BIGINT       NOT NULL,
  captured_on            DATE         NOT NULL,
  last_event_on          DATE         NOT NULL,
  birth_year             INTEGER,
  age_band               VARCHAR(32),
  gender                 VARCHAR(32)  NOT NULL,
  neet                   BOOLEAN      NOT NULL,
  long_term_unemployed   BOOLEAN      NOT NULL,
  refugee                BOOLEAN      NOT NULL,
  third_country_national BOOLEAN      NOT NULL,
  residence              VARCHAR(64),
  summary                VARCHAR      NOT NULL,
  CONSTRAINT beneficiaries_pk PRIMARY KEY (tenant_id, beneficiary_id)
);

CREATE INDEX beneficiaries_by_programme_stage ON beneficiaries (tenant_id, programme_id, stage);

-- The attendance registers of outreach events: one row per contact made at one, keyed by the event
-- that recorded the contact. "entry_number" orders the register as the contacts were recorded.
CREATE TABLE attendance_entries (
  tenant_id            VARCHAR(64) NOT NULL,
  beneficiary_id       UUID        NOT NULL,
  version              BIGINT      NOT NULL,
  outreach_event_id    UUID        NOT NULL,
  entry_number         BIGINT      GENERATED ALWAYS AS IDENTITY,
  consent_to_recontact BOOLEAN     NOT NULL,
  contact              VARCHAR     NOT NULL,
  CONSTRAINT attendance_entries_pk PRIMARY KEY (tenant_id, beneficiary_id, version)
);

CREATE INDEX attendance_entries_by_event ON attendance_entries (tenant_id, outreach_event_id, entry_number);

-- Outreach events (Recrut'Cafés, stands, door-to-door rounds).
CREATE TABLE outreach_events (
  tenant_id         VARCHAR(64)  NOT NULL,
  outreach_event_id UUID         NOT NULL,
  programme_id      VARCHAR(100) NOT NULL,
  event_date        DATE         NOT NULL,
  kind              VARCHAR(64)  NOT NULL,
  body              VARCHAR      NOT NULL,
  CONSTRAINT outreach_events_pk PRIMARY KEY (tenant_id, outreach_event_id)
);

CREATE INDEX outreach_events_by_programme ON outreach_events (tenant_id, programme_id, event_date);

-- Collaborative actions conducted with partners.
CREATE TABLE collaborative_actions (
  tenant_id               VARCHAR(64)  NOT NULL,
  collaborative_action_id UUID         NOT NULL,
  programme_id            VARCHAR(100) NOT NULL,
  action_date             DATE         NOT NULL,
  body                    VARCHAR      NOT NULL,
  CONSTRAINT collaborative_actions_pk PRIMARY KEY (tenant_id, collaborative_action_id)
);

CREATE INDEX collaborative_actions_by_programme ON collaborative_actions (tenant_id, programme_id, action_date);

-- Events hosted at the programmes' sites.
CREATE TABLE site_events (
  tenant_id     VARCHAR(64)  NOT NULL,
  site_event_id UUID         NOT NULL,
  programme_id  VARCHAR(100) NOT NULL,
  event_date    DATE         NOT NULL,
  site_id       VARCHAR(100) NOT NULL,
  body          VARCHAR      NOT NULL,
  CONSTRAINT site_events_pk PRIMARY KEY (tenant_id, site_event_id)
);

CREATE INDEX site_events_by_programme ON site_events (tenant_id, programme_id, event_date);

-- Identifying data (names, phone, e-mail, exact birth date, notes), and nothing else: kept apart from
-- every other table so that erasing a person (DELETE of one row) leaves pathways and figures intact.
CREATE TABLE personal_data (
  tenant_id      VARCHAR(64) NOT NULL,
  beneficiary_id UUID        NOT NULL,
  details        VARCHAR     NOT NULL,
  CONSTRAINT personal_data_pk PRIMARY KEY (tenant_id, beneficiary_id)
);
