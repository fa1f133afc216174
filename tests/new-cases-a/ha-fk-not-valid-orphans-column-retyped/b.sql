CREATE TABLE regions (id bigint PRIMARY KEY);
CREATE TABLE stores (id int PRIMARY KEY, region_id bigint);
ALTER TABLE stores ADD CONSTRAINT stores_region_fk FOREIGN KEY (region_id) REFERENCES regions NOT VALID;
