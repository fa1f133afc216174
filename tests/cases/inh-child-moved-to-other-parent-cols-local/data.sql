INSERT INTO dog VALUES (1, 'rex', 'lab');
