CREATE TYPE person_v1 AS (id int, name text);
CREATE TYPE person_v2 AS (id int, name text);
CREATE TABLE person OF person_v2 (PRIMARY KEY (id));
