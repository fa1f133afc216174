INSERT INTO p_free VALUES ('f', 1);
INSERT INTO p_strict VALUES ('s', 2, true);
INSERT INTO ch (code, kind, body, flag) VALUES ('c1', 3, 'b1', true), ('c2', NULL, NULL, false);
INSERT INTO gc (code, kind, body, flag, extra) VALUES ('g1', 4, 'gb', false, 9);
