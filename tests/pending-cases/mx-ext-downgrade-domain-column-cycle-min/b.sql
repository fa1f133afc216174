CREATE EXTENSION hstore VERSION '1.8';
CREATE DOMAIN attrs AS hstore;
CREATE TABLE t (extra attrs);
