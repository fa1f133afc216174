CREATE TYPE level AS ENUM ('low', 'mid', 'high');
CREATE DOMAIN known_level AS level CHECK (VALUE <> 'mid' OR VALUE IS NOT NULL);
CREATE TABLE alarm (id int PRIMARY KEY, lvl known_level, lvls level[]);
CREATE INDEX alarm_lvl ON alarm (lvl);
CREATE VIEW alarm_above_low AS SELECT id, lvl FROM alarm WHERE lvl::level > 'low'::level;
