CREATE TABLE addr (id int PRIMARY KEY, city varchar(40), zip varchar(10), country char(2), created timestamptz);
CREATE STATISTICS addr_city_zip (dependencies) ON city, zip FROM addr;
CREATE STATISTICS addr_expr ON lower(city), country FROM addr;
CREATE STATISTICS addr_day (ndistinct, mcv) ON (date_trunc('day', created)), country FROM addr;
ALTER STATISTICS addr_expr SET STATISTICS 300;
