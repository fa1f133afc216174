CREATE TABLE orders (id int PRIMARY KEY, total numeric NOT NULL);
