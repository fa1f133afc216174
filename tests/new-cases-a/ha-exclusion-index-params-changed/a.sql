CREATE TABLE bookings (id int PRIMARY KEY, room int NOT NULL, during tsrange NOT NULL,
  CONSTRAINT bookings_no_overlap EXCLUDE USING gist (during WITH &&) WITH (fillfactor = 70));
