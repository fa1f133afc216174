CREATE TABLE shift (id int PRIMARY KEY, starts time(3), lasts interval, stamp timestamptz(6), flags bit(4), mask varbit(8));
