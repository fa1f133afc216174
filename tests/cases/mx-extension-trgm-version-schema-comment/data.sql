INSERT INTO doc VALUES (1, 'Annual report', 'text'), (2, 'Minutes', NULL);
