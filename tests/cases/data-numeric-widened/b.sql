CREATE TABLE price (id int PRIMARY KEY, amount numeric(12,2) NOT NULL, rate numeric(8,3));
