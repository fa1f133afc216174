CREATE TABLE warehouses (region text NOT NULL, code int NOT NULL, PRIMARY KEY (region, code));
CREATE TABLE stock (id int PRIMARY KEY, region text, code int,
  CONSTRAINT stock_wh FOREIGN KEY (region, code) REFERENCES warehouses (region, code));
