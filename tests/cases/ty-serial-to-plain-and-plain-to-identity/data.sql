INSERT INTO queue (slot, note) VALUES (10, 'a'), (20, 'b'), (30, NULL);
