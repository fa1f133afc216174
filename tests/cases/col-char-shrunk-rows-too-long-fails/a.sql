CREATE TABLE airport (id int PRIMARY KEY, code char(4) NOT NULL);
