-- A region partition is split (its bound narrows, a new sibling takes the
-- rest, rows move) in the release that adds a NOT NULL column with a default,
-- drops an old column and adds a check on the parent.
CREATE TABLE stores (
  id int NOT NULL,
  country text NOT NULL,
  legacy_code text,
  PRIMARY KEY (id, country)
) PARTITION BY LIST (country);
CREATE TABLE stores_eu PARTITION OF stores FOR VALUES IN ('de', 'fr', 'uk');
CREATE TABLE stores_us PARTITION OF stores FOR VALUES IN ('us');
