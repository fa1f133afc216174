CREATE TABLE audited (created_at timestamptz NOT NULL DEFAULT now(), note text);
CREATE TABLE owned (owner_id int NOT NULL, note text);
CREATE TABLE document (id int PRIMARY KEY, title text) INHERITS (audited, owned);
