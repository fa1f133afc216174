CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TABLE reservations (id int PRIMARY KEY, room varchar(20) NOT NULL, during tstzrange NOT NULL,
  CONSTRAINT reservations_no_overlap EXCLUDE USING gist (lower(room) WITH =, during WITH &&));
ALTER INDEX reservations_no_overlap ALTER COLUMN 1 SET STATISTICS 300;
