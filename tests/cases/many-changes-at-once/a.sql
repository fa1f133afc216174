CREATE TABLE a (id int PRIMARY KEY, x int);
CREATE TABLE b (id int PRIMARY KEY, a_id int REFERENCES a);
CREATE INDEX b_a ON b (a_id);
CREATE VIEW ab AS SELECT b.id, a.x FROM a JOIN b ON b.a_id = a.id;
