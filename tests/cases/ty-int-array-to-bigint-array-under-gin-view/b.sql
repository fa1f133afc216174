CREATE TABLE post (id int PRIMARY KEY, tag_ids bigint[] NOT NULL DEFAULT '{}', labels varchar(20)[] DEFAULT ARRAY['new']);
CREATE INDEX post_tag_ids ON post USING gin (tag_ids);
CREATE VIEW post_first_tag AS SELECT id, tag_ids[1] AS first_tag, labels FROM post;
