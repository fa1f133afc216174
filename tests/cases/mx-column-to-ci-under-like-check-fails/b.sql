-- A column moves to a nondeterministic collation while an unchanged CHECK uses LIKE on it: PostgreSQL 15 cannot
-- evaluate LIKE under a nondeterministic collation, so with rows present the move fails (and must leave a intact).
CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE TABLE subscriber (id int PRIMARY KEY, email text COLLATE ci NOT NULL, CONSTRAINT email_has_at CHECK (email LIKE '%@%'));
CREATE INDEX subscriber_email ON subscriber (email);
