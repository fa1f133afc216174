INSERT INTO authors VALUES (1, 'Ursula K. Le Guin', '2024-01-01+00'), (2, 'Ted Chiang', '2024-01-02+00');
INSERT INTO books VALUES (1, 1, 'The Dispossessed', '978-0061054884', '2024-01-01+00'), (2, 2, 'Exhalation', NULL, '2024-01-03+00'), (3, 1, 'Earthsea', NULL, '2024-01-04+00');
INSERT INTO reviews VALUES (1, 1, 5, '2024-02-01+00'), (2, 2, 4, '2024-02-02+00'), (3, 2, 5, '2024-02-03+00');
