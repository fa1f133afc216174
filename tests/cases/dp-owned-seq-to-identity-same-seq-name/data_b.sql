INSERT INTO shipment (carrier) VALUES ('ups'), ('dhl');
INSERT INTO shipment VALUES (5000, 'manual');
INSERT INTO parcel VALUES (1, 1000), (2, 5000);
