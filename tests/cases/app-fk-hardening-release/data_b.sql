INSERT INTO teams VALUES (1, 'core'), (2, 'web-ui');
INSERT INTO people VALUES (1, 1, NULL, 'ann@x.test', 40), (2, 1, 1, 'bob@x.test', NULL), (3, 2, 1, 'cy@x.test', 22);
INSERT INTO assignments VALUES (1, 1, 1), (2, 1, 2), (3, 2, 1);
