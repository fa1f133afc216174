-- A column moves to a nondeterministic collation; PostgreSQL 15 refuses LIKE under one, so its CHECK and a partial
-- index predicate using LIKE are rewritten with COLLATE "C" in b: the old ones must go before the column moves.
CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE TABLE subscriber (
  id int PRIMARY KEY,
  email text NOT NULL,
  CONSTRAINT email_has_at CHECK (email LIKE '%@%')
);
CREATE INDEX subscriber_corp ON subscriber (id) WHERE email LIKE '%@corp.example';
