CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TABLE shifts (id int PRIMARY KEY, worker int NOT NULL, during tstzrange NOT NULL, cancelled boolean NOT NULL DEFAULT false,
  CONSTRAINT shifts_no_double EXCLUDE USING gist (worker WITH =, during WITH &&) WHERE (NOT cancelled AND worker > 0));
