CREATE TABLE sku (id int PRIMARY KEY, code text COLLATE "C" NOT NULL, label varchar(20) COLLATE "POSIX");
CREATE UNIQUE INDEX sku_code ON sku (code);
CREATE INDEX sku_label ON sku (label);
