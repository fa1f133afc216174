CREATE TABLE t (id int PRIMARY KEY, n int CONSTRAINT n_pos CHECK (n > 0));
COMMENT ON CONSTRAINT n_pos ON t IS 'must be positive';
