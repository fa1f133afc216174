INSERT INTO invoice (total) VALUES (1), (2);
INSERT INTO credit_note (total) VALUES (3);
