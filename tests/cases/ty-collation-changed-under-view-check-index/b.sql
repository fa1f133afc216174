CREATE TABLE tag (id int PRIMARY KEY, name text COLLATE "C" NOT NULL, CONSTRAINT tag_name_lower CHECK (name = lower(name)));
CREATE VIEW tag_sorted AS SELECT id, name FROM tag ORDER BY name;
CREATE INDEX tag_name ON tag (name);
