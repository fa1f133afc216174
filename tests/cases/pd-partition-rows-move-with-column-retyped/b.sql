-- A list partition gives up a value to a new sibling, so its rows move, in the
-- release that also turns a text column holding numbers into int and widens
-- another: the moved rows go through a table aside and must come back converted.
CREATE TABLE stores (
  id int NOT NULL,
  country text NOT NULL,
  zip int,
  name varchar(60),
  PRIMARY KEY (id, country)
) PARTITION BY LIST (country);
CREATE TABLE stores_eu PARTITION OF stores FOR VALUES IN ('de', 'fr');
CREATE TABLE stores_uk PARTITION OF stores FOR VALUES IN ('uk');
CREATE TABLE stores_us PARTITION OF stores FOR VALUES IN ('us');
