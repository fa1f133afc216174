-- Default privileges arrive in the same release as new tables, sequences and
-- functions; some of those objects were created before the defaults (no
-- automatic grant) and some after (automatic grant, or PUBLIC EXECUTE
-- removed). Whatever the plan's order, each object must end with its own ACL.
CREATE SCHEMA api;
CREATE TABLE api.existing (id int PRIMARY KEY);
