CREATE TABLE city (name text NOT NULL, country char(2) NOT NULL, pop int) PARTITION BY RANGE (name COLLATE "C");
CREATE TABLE city_upper PARTITION OF city FOR VALUES FROM ('A') TO ('a');
CREATE TABLE city_lower PARTITION OF city FOR VALUES FROM ('a') TO ('{');
