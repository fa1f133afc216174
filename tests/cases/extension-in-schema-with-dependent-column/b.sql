CREATE SCHEMA ext;
CREATE EXTENSION IF NOT EXISTS hstore WITH SCHEMA ext;
CREATE TABLE t (attrs ext.hstore);
CREATE INDEX t_attrs ON t USING gin (attrs);
