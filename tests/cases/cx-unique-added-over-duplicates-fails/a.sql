CREATE TABLE member (id int PRIMARY KEY, email text NOT NULL);
