INSERT INTO metrics VALUES (1, '2023-05-05', 'cpu', 1.5), (1, '2024-02-02', 'cpu', 2.5), (2, '2024-03-09', 'mem', 512);
