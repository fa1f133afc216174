INSERT INTO feedback (message, rating, internal_note) VALUES ('ok', 4, NULL);
