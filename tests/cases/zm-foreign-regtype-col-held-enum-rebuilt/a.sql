CREATE FOREIGN DATA WRAPPER zm_fdw10;
CREATE SERVER zm_srv10 FOREIGN DATA WRAPPER zm_fdw10;
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE people (id int PRIMARY KEY, m mood);
CREATE FOREIGN TABLE type_catalog (id int, t regtype) SERVER zm_srv10;
