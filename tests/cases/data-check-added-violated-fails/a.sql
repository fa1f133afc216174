CREATE TABLE booking (id int PRIMARY KEY, starts date NOT NULL, ends date NOT NULL, guests int);
