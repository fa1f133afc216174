INSERT INTO session_cache VALUES ('k1', '{"a":1}', '2030-01-01 00:00+00');
INSERT INTO accounts VALUES (1, 'a@b.c');
