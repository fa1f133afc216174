INSERT INTO students VALUES (1, 'Ann'), (2, 'Bob');
INSERT INTO courses VALUES (10, 'MATH101'), (11, 'HIST200');
INSERT INTO enrollments VALUES (1, 10, '2024-09-01'), (1, 11, '2024-09-02'), (2, 10, '2024-09-01');
