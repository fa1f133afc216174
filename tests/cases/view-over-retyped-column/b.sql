CREATE TABLE t (id int PRIMARY KEY, n bigint, s text);
CREATE VIEW v AS SELECT id, n FROM t;
