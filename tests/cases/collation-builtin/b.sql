-- 17: the builtin collation provider, and its pg_c_utf8 collation on a column.
CREATE COLLATION c_utf8 (provider = builtin, locale = 'C.UTF-8');
CREATE COLLATION plain_c (provider = builtin, locale = 'C');
CREATE TABLE t (id int, name text COLLATE c_utf8, code text COLLATE pg_catalog.pg_c_utf8);
