CREATE TABLE t (id int PRIMARY KEY, n int, s text);
CREATE VIEW v AS SELECT id FROM t;
COMMENT ON COLUMN v.id IS 'the id';
COMMENT ON VIEW v IS 'a view';
