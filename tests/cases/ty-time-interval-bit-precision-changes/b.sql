CREATE TABLE shift (id int PRIMARY KEY, starts time(0), lasts interval day to second, stamp timestamptz(0), flags varbit(8), mask bit varying);
