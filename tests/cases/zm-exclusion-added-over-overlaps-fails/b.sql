CREATE EXTENSION btree_gist;
CREATE TABLE "Room Bookings" (id int PRIMARY KEY, room int NOT NULL, during tstzrange NOT NULL, cancelled boolean NOT NULL DEFAULT false,
  CONSTRAINT "no double booking" EXCLUDE USING gist (room WITH =, during WITH &&) WHERE (NOT cancelled));
