-- A collation dropped while the column that used it goes back to its type's default collation.
CREATE COLLATION my_c (provider = libc, locale = 'C');
CREATE TABLE p (id int PRIMARY KEY, name text COLLATE my_c);
CREATE DOMAIN cname AS text COLLATE my_c;
