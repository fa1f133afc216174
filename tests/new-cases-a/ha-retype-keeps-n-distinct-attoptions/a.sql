CREATE TABLE visits (id int PRIMARY KEY, country varchar(2), path text);
ALTER TABLE visits ALTER COLUMN country SET (n_distinct = 200);
ALTER TABLE visits ALTER COLUMN path SET (n_distinct = -0.5);
