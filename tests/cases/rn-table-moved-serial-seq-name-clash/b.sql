CREATE SCHEMA archive;
CREATE SEQUENCE archive.orders_id_seq;
CREATE TABLE archive.orders2 (id serial);
