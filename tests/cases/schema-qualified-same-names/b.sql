CREATE SCHEMA a;
CREATE SCHEMA b;
CREATE TABLE a.t (id int, x int);
CREATE TABLE b.t (id bigint);
CREATE VIEW b.v AS SELECT a.t.x, b.t.id FROM a.t JOIN b.t ON a.t.id = b.t.id;
