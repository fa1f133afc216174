CREATE TABLE reading (id int PRIMARY KEY, sensor int, val numeric);
