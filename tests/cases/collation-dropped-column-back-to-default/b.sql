-- A collation dropped while the column that used it goes back to its type's default collation.
CREATE TABLE p (id int PRIMARY KEY, name text);
