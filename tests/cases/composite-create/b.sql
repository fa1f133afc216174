CREATE TYPE address AS (street text, zip varchar(10));
CREATE TABLE t (a address);
