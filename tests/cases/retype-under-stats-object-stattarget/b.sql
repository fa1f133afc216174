CREATE TABLE addresses (id int PRIMARY KEY, zip varchar(12), city text);
CREATE STATISTICS addresses_zip_city (dependencies, ndistinct) ON zip, city FROM addresses;
ALTER STATISTICS addresses_zip_city SET STATISTICS 800;
