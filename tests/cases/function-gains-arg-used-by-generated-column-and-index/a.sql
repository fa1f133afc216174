-- An immutable helper gains a second argument with a default; it is used by a stored generated
-- column, an expression index, a partial index predicate and a CHECK.
CREATE SCHEMA util;
CREATE FUNCTION util.norm(s text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT lower(trim(s)) $$;
CREATE TABLE person (
  id int PRIMARY KEY,
  email text NOT NULL,
  email_norm text GENERATED ALWAYS AS (util.norm(email)) STORED,
  CONSTRAINT email_not_blank CHECK (util.norm(email) <> '')
);
CREATE UNIQUE INDEX person_email_idx ON person (util.norm(email));
CREATE INDEX person_example_idx ON person (id) WHERE util.norm(email) LIKE '%@example.com';
