-- A sequence owned by a column that is dropped, kept and owned by another column: OWNED BY NONE before the drop.
CREATE SEQUENCE s;
CREATE TABLE t (id int DEFAULT nextval('s'), old int);
ALTER SEQUENCE s OWNED BY t.old;
