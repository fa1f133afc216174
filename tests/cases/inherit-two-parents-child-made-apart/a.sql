CREATE TABLE audited (created_at timestamptz NOT NULL DEFAULT now(), created_by text);
CREATE TABLE named (name text NOT NULL);
CREATE TABLE doc (id int PRIMARY KEY, body text);
