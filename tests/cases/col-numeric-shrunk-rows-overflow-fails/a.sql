CREATE TABLE account (id int PRIMARY KEY, balance numeric(12,2));
