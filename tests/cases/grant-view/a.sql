CREATE TABLE t (id int, secret text);
CREATE VIEW v AS SELECT id FROM t;
