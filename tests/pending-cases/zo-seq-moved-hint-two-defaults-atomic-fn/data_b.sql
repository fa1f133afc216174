INSERT INTO thing_a (v) VALUES ('x'), ('y'); INSERT INTO thing_b (w) VALUES ('z');
