-- The practice sheets of the tenants' toolkits (issue 4), every version kept: one row per version,
-- the sheet as JSON in "body". The primary key numbers each sheet's versions without gaps or
-- duplicates, even when two writers replace the same version at once.
CREATE TABLE practice_sheet_versions (
  tenant_id VARCHAR(64)  NOT NULL,
  sheet_id  VARCHAR(100) NOT NULL,
  version   BIGINT       NOT NULL,
  body      VARCHAR      NOT NULL,
  CONSTRAINT practice_sheet_versions_pk PRIMARY KEY (tenant_id, sheet_id, version),
  CONSTRAINT practice_sheet_versions_version_positive CHECK (version >= 1)
);
