CREATE TABLE bookings (id int PRIMARY KEY, starts date, ends date, CONSTRAINT bookings_dates CHECK (ends > starts));
COMMENT ON CONSTRAINT bookings_dates ON bookings IS 'end not before start';
