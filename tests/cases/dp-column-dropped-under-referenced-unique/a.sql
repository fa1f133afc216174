CREATE TABLE warehouse (id int PRIMARY KEY, site text NOT NULL, code text NOT NULL, legacy_no int NOT NULL DEFAULT 0,
  CONSTRAINT warehouse_site_legacy UNIQUE (site, legacy_no) INCLUDE (code));
CREATE TABLE shelf (id int PRIMARY KEY, site text NOT NULL, legacy_no int NOT NULL, warehouse_id int NOT NULL,
  CONSTRAINT shelf_warehouse_legacy FOREIGN KEY (site, legacy_no) REFERENCES warehouse (site, legacy_no) ON UPDATE CASCADE);
CREATE INDEX warehouse_legacy_partial ON warehouse (code) WHERE legacy_no > 0;
CREATE VIEW shelf_place AS SELECT s.id, w.code FROM shelf s JOIN warehouse w USING (site, legacy_no);
