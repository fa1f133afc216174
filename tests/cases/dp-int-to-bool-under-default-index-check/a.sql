CREATE TABLE feature (
  id int PRIMARY KEY,
  name text NOT NULL,
  enabled int DEFAULT 0 CHECK (enabled IN (0, 1)),
  archived int
);
CREATE INDEX feature_enabled ON feature (name) WHERE enabled = 1;
CREATE INDEX feature_archived ON feature (archived);
CREATE VIEW active_feature AS SELECT id, name FROM feature WHERE enabled = 1 AND archived IS NULL;
