INSERT INTO measurements VALUES (1, 5);
INSERT INTO measurements_legacy VALUES (2, -1);
