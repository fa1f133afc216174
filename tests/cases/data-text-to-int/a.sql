CREATE TABLE reading (id int PRIMARY KEY, value text, label text NOT NULL);
