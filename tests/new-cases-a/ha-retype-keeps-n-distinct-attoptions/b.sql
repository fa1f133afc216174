CREATE TABLE visits (id int PRIMARY KEY, country varchar(3), path varchar(500));
ALTER TABLE visits ALTER COLUMN country SET (n_distinct = 200);
ALTER TABLE visits ALTER COLUMN path SET (n_distinct = -0.5);
