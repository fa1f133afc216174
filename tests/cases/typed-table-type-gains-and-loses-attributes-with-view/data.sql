INSERT INTO shipment VALUES (1, 'dhl', 2000, 'x'), (2, 'ups', 10, NULL);
