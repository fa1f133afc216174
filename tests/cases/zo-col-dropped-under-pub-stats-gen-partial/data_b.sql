INSERT INTO shipment VALUES (1, 'eu', 'x'), (2, 'us', NULL);
