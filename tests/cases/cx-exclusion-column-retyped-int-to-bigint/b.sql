CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TABLE shift (id int PRIMARY KEY, worker bigint NOT NULL, span tstzrange NOT NULL,
  CONSTRAINT shift_no_overlap EXCLUDE USING gist (worker WITH =, span WITH &&));
CREATE INDEX shift_worker_idx ON shift (worker) WHERE worker > 0;
