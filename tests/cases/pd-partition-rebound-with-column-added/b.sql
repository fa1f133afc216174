-- A region partition is split (its bound narrows, a new sibling takes the
-- rest, rows move) in the release that adds a NOT NULL column with a default,
-- drops an old column and adds a check on the parent.
CREATE TABLE stores (
  id int NOT NULL,
  country text NOT NULL,
  active boolean NOT NULL DEFAULT true,
  PRIMARY KEY (id, country),
  CONSTRAINT stores_id_positive CHECK (id > 0)
) PARTITION BY LIST (country);
CREATE TABLE stores_eu PARTITION OF stores FOR VALUES IN ('de', 'fr');
CREATE TABLE stores_uk PARTITION OF stores FOR VALUES IN ('uk');
CREATE TABLE stores_us PARTITION OF stores FOR VALUES IN ('us');
