CREATE TABLE booking (id int PRIMARY KEY, starts date NOT NULL, ends date NOT NULL, guests int CHECK (guests > 0),
  CONSTRAINT booking_order CHECK (ends >= starts));
