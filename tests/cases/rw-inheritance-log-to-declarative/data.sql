ALTER TABLE measurements DISABLE TRIGGER measurements_route;
INSERT INTO measurements (device_id, taken_at, value) VALUES (1, '2023-03-01 00:00+00', 1.5), (2, '2024-03-01 00:00+00', 2.25);
ALTER TABLE measurements ENABLE TRIGGER measurements_route;
