CREATE TYPE mood AS ENUM ('happy', 'meh', 'sad');
COMMENT ON TYPE mood IS 'how it went';
REVOKE USAGE ON TYPE mood FROM PUBLIC;
CREATE TABLE entry (id int PRIMARY KEY, m mood NOT NULL);
CREATE VIEW entry_v AS SELECT id, m FROM entry;
ALTER VIEW entry_v ALTER COLUMN m SET DEFAULT 'meh';
CREATE FUNCTION mood_score(x mood) RETURNS int LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN RETURN CASE x WHEN 'happy' THEN 2 WHEN 'meh' THEN 1 ELSE 0 END; END $$;
CREATE INDEX entry_score ON entry (mood_score(m));
