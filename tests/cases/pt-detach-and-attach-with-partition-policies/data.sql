-- rows only where no detach/attach moves them between tables (a detach or attach changes the parent's count by design)
INSERT INTO doc VALUES (1, 1, 'a'), (5, 1, NULL);
