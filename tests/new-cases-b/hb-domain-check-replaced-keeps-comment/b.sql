CREATE DOMAIN percent AS numeric CONSTRAINT percent_range CHECK (VALUE >= 0 AND VALUE <= 100 AND scale(VALUE) <= 2);
COMMENT ON CONSTRAINT percent_range ON DOMAIN percent IS 'a percentage';
CREATE TABLE discounts (id int PRIMARY KEY, pct percent);
