INSERT INTO exams VALUES (1, '{90,80}'), (2, '{}');
