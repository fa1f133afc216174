CREATE TABLE note (id int PRIMARY KEY, created_on date NOT NULL);
CREATE FUNCTION today_utc() RETURNS timestamp LANGUAGE sql STABLE RETURN date_trunc('day', now() AT TIME ZONE 'UTC');
CREATE VIEW note_entry AS SELECT id, created_on FROM note;
ALTER VIEW note_entry ALTER COLUMN created_on SET DEFAULT today_utc();
