CREATE TABLE shipment (id bigint NOT NULL PRIMARY KEY, carrier text);
CREATE SEQUENCE shipment_number INCREMENT BY 10 START WITH 1000 OWNED BY shipment.id;
ALTER TABLE shipment ALTER COLUMN id SET DEFAULT nextval('shipment_number');
CREATE TABLE parcel (id int PRIMARY KEY, shipment_id bigint REFERENCES shipment);
