INSERT INTO contacts VALUES (1, ROW('Ann','Lee')), (2, ROW('Bo', NULL));
