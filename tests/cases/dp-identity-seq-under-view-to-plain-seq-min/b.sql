CREATE SEQUENCE s AS integer;
CREATE TABLE t (id int NOT NULL DEFAULT nextval('s'));
CREATE VIEW v AS SELECT last_value FROM s;
