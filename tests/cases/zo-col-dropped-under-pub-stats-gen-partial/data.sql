INSERT INTO shipment (id, region, weight_g, note) VALUES (1, 'eu', 12000, 'x'), (2, 'us', 500, NULL);
