-- uuid-ossp goes: the column default that called its function moves to the built-in
-- gen_random_uuid() first.
CREATE TABLE event (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), name text);
CREATE FUNCTION new_event(n text) RETURNS uuid LANGUAGE sql
  AS $$ INSERT INTO event (name) VALUES (n) RETURNING id $$;
