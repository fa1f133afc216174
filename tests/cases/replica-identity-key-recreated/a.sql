-- A unique key used as replica identity is re-created: the replica identity is set on it again.
CREATE TABLE ev (id int NOT NULL, code int NOT NULL, CONSTRAINT ev_key UNIQUE (code));
ALTER TABLE ev REPLICA IDENTITY USING INDEX ev_key;
