CREATE TABLE feature (
  id int PRIMARY KEY,
  name text NOT NULL,
  enabled boolean DEFAULT false,
  archived boolean
);
CREATE INDEX feature_enabled ON feature (name) WHERE enabled;
CREATE INDEX feature_archived ON feature (archived);
CREATE VIEW active_feature AS SELECT id, name FROM feature WHERE enabled AND archived IS NULL;
