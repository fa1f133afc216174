-- An audit event trigger whose function writes to a table: in b it is new, with the table
-- and other tables; created before its table, every later DDL statement would fail.
CREATE TABLE customer (id int PRIMARY KEY);
