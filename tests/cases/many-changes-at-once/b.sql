CREATE TABLE a (id bigint PRIMARY KEY, x int NOT NULL DEFAULT 0, y text);
CREATE TABLE b (id int PRIMARY KEY, a_id bigint REFERENCES a ON DELETE CASCADE);
CREATE INDEX b_a ON b (a_id);
CREATE VIEW ab AS SELECT b.id, a.x, a.y FROM a JOIN b ON b.a_id = a.id;
CREATE TABLE c (id int);
