INSERT INTO metrics.devices VALUES (1, 'thermo-1', 'berlin'), (2, 'thermo-2', 'berlin'), (3, 'hygro-1', 'lisbon');
INSERT INTO metrics.readings VALUES
 (1, '2024-02-15 00:00+00', 'temp', 22.25), (1, '2024-03-15 00:00+00', 'temp', 19.75),
 (2, '2024-03-01 00:00+00', 'temp', 0),
 (3, '2024-02-01 00:00+00', 'humidity', 55.125), (3, '2024-03-31 23:59:59+00', 'humidity', 61);
