CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TABLE public.bookings (
  id int PRIMARY KEY,
  room int NOT NULL,
  during tstzrange NOT NULL,
  CONSTRAINT no_double_booking EXCLUDE USING gist (room WITH =, during WITH &&) WHERE (room > 0)
);
