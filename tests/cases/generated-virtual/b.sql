-- 18: virtual generated columns: expression changed in place, STORED <-> VIRTUAL, to plain,
-- added, and on a new table (with NOT NULL).
CREATE TABLE t (a int, v int GENERATED ALWAYS AS (a * 5) VIRTUAL, s int GENERATED ALWAYS AS (a * 3) VIRTUAL,
  w int, added text GENERATED ALWAYS AS ('#' || a) VIRTUAL);
CREATE TABLE n (x int, y int GENERATED ALWAYS AS (x * x) VIRTUAL NOT NULL, z int GENERATED ALWAYS AS (x + 1) STORED);
