CREATE COLLATION c2 (provider = icu, locale = 'fr');
CREATE TABLE t (id int, s varchar(20) COLLATE c2);
