INSERT INTO stores VALUES (1, 'de', '10115', 'Berlin'), (2, 'uk', '12345', 'London'), (3, 'us', '90210', 'LA');
