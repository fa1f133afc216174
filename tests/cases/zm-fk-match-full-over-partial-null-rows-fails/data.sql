INSERT INTO warehouses VALUES ('eu', 1);
INSERT INTO stock VALUES (1, 'eu', 1), (2, NULL, NULL), (3, 'eu', NULL);
