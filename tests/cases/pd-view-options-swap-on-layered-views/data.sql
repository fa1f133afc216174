INSERT INTO tickets VALUES (1, 'support', 5, false, 'down'), (2, 'infra', 1, true, 'disk');
