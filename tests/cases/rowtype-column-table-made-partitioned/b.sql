CREATE TABLE addresses (city text NOT NULL, zip text) PARTITION BY LIST (city);
CREATE TABLE addresses_other PARTITION OF addresses DEFAULT;
CREATE TABLE shipments (id int PRIMARY KEY, dest addresses);
