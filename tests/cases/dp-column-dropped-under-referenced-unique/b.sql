CREATE TABLE warehouse (id int PRIMARY KEY, site text NOT NULL, code text NOT NULL,
  CONSTRAINT warehouse_site_code UNIQUE (site, code));
CREATE TABLE shelf (id int PRIMARY KEY, site text NOT NULL, legacy_no int NOT NULL, warehouse_id int NOT NULL,
  CONSTRAINT shelf_warehouse FOREIGN KEY (warehouse_id) REFERENCES warehouse (id));
CREATE INDEX warehouse_legacy_partial ON warehouse (code);
CREATE VIEW shelf_place AS SELECT s.id, w.code FROM shelf s JOIN warehouse w ON w.id = s.warehouse_id;
