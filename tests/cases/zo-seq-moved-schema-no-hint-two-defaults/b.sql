CREATE SCHEMA ids;
CREATE SEQUENCE ids.global_id START 100;
CREATE TABLE thing_a (id bigint PRIMARY KEY DEFAULT nextval('ids.global_id'), v text);
CREATE TABLE thing_b (id bigint PRIMARY KEY DEFAULT nextval('ids.global_id'), w text);
CREATE FUNCTION peek_id() RETURNS bigint LANGUAGE sql VOLATILE
BEGIN ATOMIC SELECT nextval('ids.global_id'::regclass); END;
CREATE VIEW id_state AS SELECT last_value, is_called FROM ids.global_id;
