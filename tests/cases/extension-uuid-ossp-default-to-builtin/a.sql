-- uuid-ossp goes: the column default that called its function moves to the built-in
-- gen_random_uuid() first.
CREATE EXTENSION IF NOT EXISTS "uuid-ossp";
CREATE TABLE event (id uuid PRIMARY KEY DEFAULT uuid_generate_v4(), name text);
CREATE FUNCTION new_event(n text) RETURNS uuid LANGUAGE sql
  AS $$ INSERT INTO event (id, name) VALUES (uuid_generate_v1mc(), n) RETURNING id $$;
