CREATE TABLE t (id int PRIMARY KEY, v int, note text);
CREATE INDEX t_v ON t (v) WHERE v > 0;
CREATE INDEX t_note ON t (note);
