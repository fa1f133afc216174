INSERT INTO staging (payload) VALUES ('x'), ('y');
