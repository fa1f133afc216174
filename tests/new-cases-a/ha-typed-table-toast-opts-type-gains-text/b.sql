CREATE TYPE point3 AS (x int, y int, z int, label text);
CREATE TABLE points OF point3 WITH (toast.autovacuum_enabled = false);
