CREATE TABLE tags (id int PRIMARY KEY, name text COLLATE "POSIX" NOT NULL);
CREATE INDEX tags_name_c ON tags (name COLLATE "C" DESC NULLS FIRST) INCLUDE (id) WHERE name <> '';
CREATE INDEX tags_name ON tags (name);
