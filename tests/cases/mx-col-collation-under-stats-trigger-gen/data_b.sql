INSERT INTO city (id, name, country) VALUES (1, 'London', 'UK'), (2, 'london', 'UK'), (3, 'Paris', 'FR');
