INSERT INTO p_free VALUES ('f', 1);
INSERT INTO p_strict VALUES ('s', 2, true);
INSERT INTO ch (code, kind, body) VALUES ('c1', 3, 'b1'), ('c2', NULL, NULL);
INSERT INTO gc (code, kind, body, extra) VALUES ('g1', 4, 'gb', 9);
