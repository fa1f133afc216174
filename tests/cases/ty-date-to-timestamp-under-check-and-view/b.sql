CREATE TABLE booking (id int PRIMARY KEY, day timestamp(0) DEFAULT CURRENT_DATE, CONSTRAINT booking_day_recent CHECK (day > '2000-01-01'));
CREATE VIEW booking_days AS SELECT id, day FROM booking ORDER BY day;
