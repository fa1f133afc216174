CREATE DOMAIN ref_code AS int CHECK (VALUE >= 0);
CREATE TABLE shipment (id int PRIMARY KEY, ref ref_code NOT NULL, refs ref_code[]);
CREATE INDEX shipment_ref ON shipment (ref);
