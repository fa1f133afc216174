CREATE TABLE orders (id int PRIMARY KEY, notes text);
