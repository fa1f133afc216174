CREATE TABLE t (id int, old_code text);
CREATE INDEX t_code ON t (old_code);
