INSERT INTO slots VALUES (1, 10), (2, 20);
INSERT INTO slot_notes VALUES (1, 10), (2, NULL);
