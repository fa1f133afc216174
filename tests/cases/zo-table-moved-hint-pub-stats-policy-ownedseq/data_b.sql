INSERT INTO sales.invoice (total, region) VALUES (10, 'eu'), (20, 'us');
INSERT INTO payment VALUES (1, 1);
