INSERT INTO report VALUES (1, 'q1'), (2, 'q2');
INSERT INTO audit VALUES (1, 'seen');
