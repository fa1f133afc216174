CREATE TYPE e AS ENUM ('a', 'b', 'c');
CREATE TABLE t (ch e) PARTITION BY LIST (ch);
