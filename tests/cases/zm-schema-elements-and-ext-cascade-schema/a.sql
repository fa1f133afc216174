CREATE TABLE places (id int PRIMARY KEY, lat float8, lon float8);
