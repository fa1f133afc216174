-- A function's argument default calls nextval on a sequence and another function; the sequence
-- moves to another schema and the helper's return type changes from int to bigint.
CREATE SEQUENCE batch_seq;
CREATE FUNCTION default_batch_size() RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT 100 $$;
CREATE TABLE job (id int PRIMARY KEY, batch bigint NOT NULL, size bigint NOT NULL);
CREATE FUNCTION enqueue(p_id int, p_batch bigint DEFAULT nextval('batch_seq'), p_size bigint DEFAULT default_batch_size())
  RETURNS void LANGUAGE sql AS $$ INSERT INTO job VALUES (p_id, p_batch, p_size) $$;
