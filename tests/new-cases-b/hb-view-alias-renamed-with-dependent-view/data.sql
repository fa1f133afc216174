INSERT INTO people VALUES (1,'Ann','Lee'),(2,'Bo','Kim');
