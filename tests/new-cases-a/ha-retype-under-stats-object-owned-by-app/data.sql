INSERT INTO shipments VALUES (1, 'dhl', 'express'), (2, 'ups', 'ground');
