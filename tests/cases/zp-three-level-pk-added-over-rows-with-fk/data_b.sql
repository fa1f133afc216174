INSERT INTO measure SELECT g, date '2024-01-01' + g * 9, g % 5, g FROM generate_series(1, 60) g;
INSERT INTO flag SELECT id, day, probe, 'odd' FROM measure WHERE id % 7 = 0;
