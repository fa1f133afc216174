CREATE EXTENSION intarray;
CREATE TABLE doc (id int PRIMARY KEY, tag_ids bigint[] NOT NULL DEFAULT '{}', CONSTRAINT doc_tags_small CHECK (cardinality(tag_ids) < 50));
CREATE INDEX doc_tags ON doc USING gin (tag_ids);
CREATE VIEW doc_first_tag AS SELECT id, tag_ids[1] AS first_tag FROM doc;
