CREATE DOMAIN pct AS numeric CHECK (VALUE BETWEEN 0 AND 100);
CREATE FUNCTION clamp(x numeric) RETURNS numeric LANGUAGE sql IMMUTABLE RETURN greatest(0, least(100, x));
CREATE TABLE task (id int PRIMARY KEY, done pct NOT NULL DEFAULT clamp(0));
