CREATE TABLE audited (created_at timestamptz NOT NULL DEFAULT now(), created_by text);
CREATE TABLE named (name text NOT NULL);
CREATE TABLE doc (id int PRIMARY KEY, body text);
CREATE TABLE note (id int PRIMARY KEY, name text NOT NULL, created_by text, created_at timestamptz NOT NULL DEFAULT now(), body text);
ALTER TABLE note INHERIT audited;
ALTER TABLE note INHERIT named;
