CREATE TABLE shipment (id bigint NOT NULL, region text NOT NULL, weight int, batch int NOT NULL DEFAULT 0,
  CONSTRAINT shipment_pkey PRIMARY KEY (id, region, batch)) PARTITION BY LIST (region);
CREATE TABLE shipment_n PARTITION OF shipment FOR VALUES IN ('n');
CREATE TABLE shipment_s PARTITION OF shipment FOR VALUES IN ('s');
CREATE TABLE parcel (id bigint PRIMARY KEY, shipment_id bigint NOT NULL, region text NOT NULL, batch int NOT NULL DEFAULT 0,
  CONSTRAINT parcel_shipment_fk FOREIGN KEY (shipment_id, region, batch) REFERENCES shipment);
