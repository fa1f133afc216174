CREATE TABLE files (id int PRIMARY KEY, path varchar(100) NOT NULL, size bigint);
CREATE INDEX files_tmp ON files (path varchar_pattern_ops) WHERE path LIKE '/tmp/%';
