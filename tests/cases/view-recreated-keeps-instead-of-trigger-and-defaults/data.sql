INSERT INTO reading VALUES (1, 's1', '42'), (2, 's2', '-7');
