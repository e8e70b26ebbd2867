-- Version 9 (issue 17): reviews of a tenant's practice sheets, one per sheet and reviewer, the review
-- as core's JSON in "body": what the toolkit ranks its sheets by, whatever the version of a sheet.
CREATE TABLE practice_sheet_reviews (
  tenant_id VARCHAR(64)  NOT NULL,
  sheet_id  VARCHAR(100) NOT NULL,
  reviewer  VARCHAR(200) NOT NULL,
  body      VARCHAR      NOT NULL,
  CONSTRAINT practice_sheet_reviews_pk PRIMARY KEY (tenant_id, sheet_id, reviewer)
);
