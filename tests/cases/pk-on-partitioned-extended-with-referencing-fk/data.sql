INSERT INTO shipment VALUES (1, 'n', 5), (2, 's', 7);
INSERT INTO parcel VALUES (10, 1, 'n'), (11, 2, 's');
