CREATE TABLE addr (id int PRIMARY KEY, city text, zip varchar(10), country char(2), created timestamptz);
CREATE STATISTICS addr_city_zip (ndistinct, dependencies, mcv) ON city, zip FROM addr;
CREATE STATISTICS addr_expr ON lower(city), upper(country) FROM addr;
CREATE STATISTICS addr_day (ndistinct, mcv) ON (date_trunc('day', created)), country FROM addr;
ALTER STATISTICS addr_day SET STATISTICS 50;
