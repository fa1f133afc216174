CREATE TABLE warehouse_bin (warehouse text NOT NULL, bin int NOT NULL, capacity int, PRIMARY KEY (warehouse, bin));
CREATE TABLE stock (id int PRIMARY KEY, warehouse text NOT NULL, bin int NOT NULL, qty int,
  FOREIGN KEY (warehouse, bin) REFERENCES warehouse_bin ON DELETE CASCADE);
