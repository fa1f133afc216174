CREATE FOREIGN DATA WRAPPER zm_fdw8;
CREATE SERVER zm_srv8 FOREIGN DATA WRAPPER zm_fdw8;
CREATE TABLE audit_local (id int PRIMARY KEY, rel regclass);
CREATE FOREIGN TABLE audit_remote (id int, rel regclass) SERVER zm_srv8;
