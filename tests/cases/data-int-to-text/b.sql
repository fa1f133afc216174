CREATE TABLE code (id int PRIMARY KEY, zip text, area varchar(8));
