CREATE EXTENSION hstore VERSION '1.4';
CREATE DOMAIN attrs AS hstore;
CREATE TABLE t (extra attrs);
