CREATE TABLE item (id int NOT NULL, region text NOT NULL, name text, price numeric) PARTITION BY LIST (upper(region));
CREATE TABLE item_eu PARTITION OF item FOR VALUES IN ('EU');
CREATE TABLE item_us (price numeric, name text, region text NOT NULL, id int NOT NULL);
ALTER TABLE item ATTACH PARTITION item_us FOR VALUES IN ('US');
CREATE INDEX item_name ON item (name);
