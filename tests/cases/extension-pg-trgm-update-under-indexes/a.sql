CREATE EXTENSION pg_trgm VERSION '1.4';
CREATE TABLE t (b text);
CREATE INDEX t_b ON t USING gist (b gist_trgm_ops);
