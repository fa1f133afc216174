CREATE TABLE product (id int PRIMARY KEY, name text NOT NULL, price numeric(10,2) NOT NULL DEFAULT 0, active boolean NOT NULL DEFAULT true);
