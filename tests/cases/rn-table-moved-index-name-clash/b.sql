CREATE SCHEMA archive;
CREATE TABLE archive.legacy (c date);
CREATE INDEX orders_c_idx ON archive.legacy (c);
CREATE TABLE archive.orders2 (c date);
CREATE INDEX orders2_c_idx ON archive.orders2 (c);
