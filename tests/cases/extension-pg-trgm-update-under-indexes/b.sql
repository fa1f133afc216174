CREATE EXTENSION pg_trgm VERSION '1.6';
CREATE TABLE t (b text);
CREATE INDEX t_b ON t USING gist (b gist_trgm_ops (siglen = 64));
