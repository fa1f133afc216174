-- 18: temporal keys: PRIMARY KEY / UNIQUE ... WITHOUT OVERLAPS (GiST, btree_gist for the
-- scalar part) and FOREIGN KEY ... PERIOD.
CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TABLE rooms (id int, during tstzrange, PRIMARY KEY (id, during WITHOUT OVERLAPS));
CREATE TABLE bookings (id int, room int, during tstzrange,
  CONSTRAINT booking_once UNIQUE (id, during WITHOUT OVERLAPS),
  CONSTRAINT booking_room FOREIGN KEY (room, PERIOD during) REFERENCES rooms (id, PERIOD during));
CREATE TABLE prices (item int, valid_at daterange, price numeric,
  PRIMARY KEY (item, valid_at WITHOUT OVERLAPS));
