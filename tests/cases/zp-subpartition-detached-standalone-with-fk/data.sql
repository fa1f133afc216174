INSERT INTO customer VALUES (1), (2);
INSERT INTO shipment VALUES (1, 1, '2023-02-01', 'dhl'), (3, 1, '2024-01-05', 'fedex');
