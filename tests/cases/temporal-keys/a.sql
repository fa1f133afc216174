CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TABLE rooms (id int, during tstzrange, PRIMARY KEY (id));
CREATE TABLE bookings (id int, room int, during tstzrange);
