CREATE TABLE counter (id serial PRIMARY KEY, label text);
CREATE VIEW counter_ids AS SELECT id FROM counter;
