CREATE EXTENSION btree_gist;
CREATE TABLE booking (
  id int PRIMARY KEY,
  room int NOT NULL,
  during tsrange NOT NULL DEFAULT tsrange('2000-01-01', '2000-01-02'),
  CONSTRAINT booking_no_overlap EXCLUDE USING gist (room WITH =, during WITH &&),
  CONSTRAINT booking_bounded CHECK (NOT upper_inf(during))
);
CREATE VIEW booking_start AS SELECT id, lower(during) AS starts FROM booking;
