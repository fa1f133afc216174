CREATE TABLE price (id int PRIMARY KEY, amount numeric(6,2) NOT NULL, rate numeric(4,3));
