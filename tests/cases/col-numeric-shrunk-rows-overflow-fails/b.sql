CREATE TABLE account (id int PRIMARY KEY, balance numeric(6,2));
