CREATE TABLE shipment (
  id int PRIMARY KEY,
  region text NOT NULL,
  weight_g int NOT NULL DEFAULT 0,
  weight_kg numeric GENERATED ALWAYS AS (weight_g / 1000.0) STORED,
  note text
);
CREATE INDEX shipment_heavy ON shipment (id) WHERE weight_g > 10000;
CREATE INDEX shipment_region_weight ON shipment (region, (weight_g % 7));
CREATE STATISTICS shipment_stats (ndistinct, dependencies) ON region, weight_g FROM shipment;
CREATE STATISTICS shipment_expr_stats ON (weight_g / 100), region FROM shipment;
CREATE PUBLICATION shipment_pub FOR TABLE shipment (id, region, weight_g) WHERE (weight_g > 0);
