CREATE TABLE reading (id int PRIMARY KEY, value integer, label text NOT NULL);
