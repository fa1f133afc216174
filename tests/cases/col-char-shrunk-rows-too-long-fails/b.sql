CREATE TABLE airport (id int PRIMARY KEY, code char(3) NOT NULL);
