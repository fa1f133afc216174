CREATE TABLE products (id int PRIMARY KEY, region text NOT NULL, net numeric NOT NULL);
