CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TABLE room (id int PRIMARY KEY);
CREATE TABLE booking (id int PRIMARY KEY, room_id int NOT NULL REFERENCES room, during tsrange NOT NULL, cancelled boolean NOT NULL DEFAULT false,
  CONSTRAINT booking_room_start UNIQUE (room_id, during));
