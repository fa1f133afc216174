CREATE COLLATION c_utf8 (provider = builtin, locale = 'C.UTF-8');
CREATE TABLE t (id int, name text, code text);
