ALTER TABLE stores DROP CONSTRAINT stores_region_fk;
INSERT INTO regions VALUES (1);
INSERT INTO stores VALUES (1, 1), (2, 99);
ALTER TABLE stores ADD CONSTRAINT stores_region_fk FOREIGN KEY (region_id) REFERENCES regions NOT VALID;
