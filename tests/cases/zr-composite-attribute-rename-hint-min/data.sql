INSERT INTO customers VALUES (1, ROW('Main St 1', '10115', 'Berlin'), NULL), (2, ROW('Rua A', '1000-001', 'Lisboa'), ROW('Rua B', '1000-002', 'Lisboa'));
