CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TABLE reservation (id int PRIMARY KEY, room int NOT NULL, guest text, during daterange NOT NULL, status text NOT NULL DEFAULT 'ok',
  CONSTRAINT reservation_excl EXCLUDE USING gist (room WITH =, during WITH &&));
