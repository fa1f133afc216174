CREATE TABLE t (id int);
COMMENT ON TABLE t IS 'old';
COMMENT ON COLUMN t.id IS 'old id';
