INSERT INTO acc VALUES (1, 'a'), (2, 'b');
INSERT INTO acc_log VALUES (1, 1), (2, NULL);
