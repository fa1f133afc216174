INSERT INTO addresses VALUES (1, '10115', 'Berlin'), (2, '75001', 'Paris');
