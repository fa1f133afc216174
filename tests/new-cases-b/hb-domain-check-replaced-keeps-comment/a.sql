CREATE DOMAIN percent AS numeric CONSTRAINT percent_range CHECK (VALUE BETWEEN 0 AND 100);
COMMENT ON CONSTRAINT percent_range ON DOMAIN percent IS 'a percentage';
CREATE TABLE discounts (id int PRIMARY KEY, pct percent);
