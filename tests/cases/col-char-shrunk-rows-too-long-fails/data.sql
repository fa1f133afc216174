INSERT INTO airport VALUES (1, 'OSL'), (2, 'EGLL');
