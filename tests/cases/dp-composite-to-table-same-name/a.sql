CREATE TYPE address AS (street text, city text);
CREATE TABLE person (id int, home address);
