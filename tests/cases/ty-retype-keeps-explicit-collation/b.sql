CREATE TABLE sku (id int PRIMARY KEY, code varchar(32) COLLATE "C" NOT NULL, label text COLLATE "POSIX");
CREATE UNIQUE INDEX sku_code ON sku (code);
CREATE INDEX sku_label ON sku (label);
