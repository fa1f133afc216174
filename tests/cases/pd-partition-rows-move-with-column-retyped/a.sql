-- A list partition gives up a value to a new sibling, so its rows move, in the
-- release that also turns a text column holding numbers into int and widens
-- another: the moved rows go through a table aside and must come back converted.
CREATE TABLE stores (
  id int NOT NULL,
  country text NOT NULL,
  zip text,
  name varchar(20),
  PRIMARY KEY (id, country)
) PARTITION BY LIST (country);
CREATE TABLE stores_eu PARTITION OF stores FOR VALUES IN ('de', 'fr', 'uk');
CREATE TABLE stores_us PARTITION OF stores FOR VALUES IN ('us');
