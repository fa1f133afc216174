CREATE TABLE visit (id int PRIMARY KEY, at timestamptz NOT NULL, legacy_ref text, path text NOT NULL);
CREATE INDEX visit_legacy ON visit (legacy_ref);
