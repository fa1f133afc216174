INSERT INTO orders VALUES (1, 'ann', 50, '2021-05-01'), (2, 'ann', 70, '2021-05-01'), (3, 'bob', 500, '2019-03-03');
