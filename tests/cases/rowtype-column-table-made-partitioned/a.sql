CREATE TABLE addresses (city text NOT NULL, zip text);
CREATE TABLE shipments (id int PRIMARY KEY, dest addresses);
