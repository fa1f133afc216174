BEGIN;
INSERT INTO org VALUES (1, 'acme', 10), (2, 'globex', NULL);
INSERT INTO app_user VALUES (10, 1, NULL), (11, 1, 10), (12, 2, 11);
COMMIT;
