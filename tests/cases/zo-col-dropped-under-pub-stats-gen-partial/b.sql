CREATE TABLE shipment (
  id int PRIMARY KEY,
  region text NOT NULL,
  note text
);
CREATE INDEX shipment_region_weight ON shipment (region);
CREATE STATISTICS shipment_stats (ndistinct, dependencies) ON region, note FROM shipment;
CREATE PUBLICATION shipment_pub FOR TABLE shipment (id, region) WHERE (region <> '');
