CREATE TABLE users (id int PRIMARY KEY, country text NOT NULL);
