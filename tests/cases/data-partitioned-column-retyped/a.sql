CREATE TABLE sale (id int NOT NULL, region text NOT NULL, amount int NOT NULL) PARTITION BY LIST (region);
CREATE TABLE sale_n PARTITION OF sale FOR VALUES IN ('n');
CREATE TABLE sale_s PARTITION OF sale FOR VALUES IN ('s');
CREATE INDEX sale_amount ON sale (amount);
