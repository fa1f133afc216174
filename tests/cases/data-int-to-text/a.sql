CREATE TABLE code (id int PRIMARY KEY, zip int, area smallint);
