CREATE TYPE level AS ENUM ('low', 'medium', 'high');
CREATE DOMAIN alert_level AS level CONSTRAINT alert_level_not_medium CHECK (VALUE <> 'medium');
CREATE TABLE alerts (id int PRIMARY KEY, lvl alert_level);
