CREATE TABLE city (id int NOT NULL, country text NOT NULL, name text) PARTITION BY LIST (country);
CREATE TABLE city_eu PARTITION OF city FOR VALUES IN ('DE', 'FR');
CREATE TABLE city_other PARTITION OF city DEFAULT;
