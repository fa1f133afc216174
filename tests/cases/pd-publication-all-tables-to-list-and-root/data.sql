INSERT INTO events VALUES (1, 'click', '2024-05-01', 's'), (2, 'debug', '2025-02-01', NULL);
INSERT INTO users VALUES (1, 'a@b.c');
