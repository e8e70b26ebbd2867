-- A host's own table, migrated by the host's own Flyway into the schema it shares with the engine.
CREATE TABLE cases (
  case_number VARCHAR(40) PRIMARY KEY,
  opened_on DATE NOT NULL
);
