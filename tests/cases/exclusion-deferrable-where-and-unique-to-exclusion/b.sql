CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TABLE room (id int PRIMARY KEY);
CREATE TABLE booking (id int PRIMARY KEY, room_id int NOT NULL REFERENCES room, during tsrange NOT NULL, cancelled boolean NOT NULL DEFAULT false,
  CONSTRAINT booking_no_overlap EXCLUDE USING gist (room_id WITH =, during WITH &&) WHERE (NOT cancelled) DEFERRABLE INITIALLY DEFERRED);
