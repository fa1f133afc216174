CREATE TABLE t (a int, b int, c text);
CREATE INDEX t_second ON t (a);
CREATE INDEX t_first ON t (b DESC NULLS LAST);
ALTER TABLE t ADD CONSTRAINT t_c2 CHECK (a > 0), ADD CONSTRAINT t_c1 CHECK (b > 0);
