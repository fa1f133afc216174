CREATE SEQUENCE ids;
CREATE TABLE t (id bigint NOT NULL DEFAULT nextval('ids') PRIMARY KEY, v text);
