CREATE TABLE counter (id bigserial PRIMARY KEY, label text);
CREATE VIEW counter_ids AS SELECT id FROM counter;
