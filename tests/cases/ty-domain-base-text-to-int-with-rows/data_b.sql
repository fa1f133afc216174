INSERT INTO shipment VALUES (1, '42', '{1,2}'), (2, '7', NULL), (3, '0', '{}');
