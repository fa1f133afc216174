CREATE TYPE e AS ENUM ('a', 'b');
CREATE TABLE t (st e, g boolean GENERATED ALWAYS AS (st = 'a'::e) STORED);
