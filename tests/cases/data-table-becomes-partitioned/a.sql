CREATE TABLE log (id int NOT NULL, at date NOT NULL, msg text, PRIMARY KEY (id, at));
CREATE INDEX log_at ON log (at);
