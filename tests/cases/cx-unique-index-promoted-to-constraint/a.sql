CREATE TABLE vendor (id int NOT NULL, code varchar(10) NOT NULL);
CREATE UNIQUE INDEX vendor_id_idx ON vendor (id);
CREATE UNIQUE INDEX vendor_code_idx ON vendor (code);
