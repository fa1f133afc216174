-- An inheritance parent with local rows and a foreign child gains a CHECK, a NOT NULL and a
-- column; online mode validates the CHECK separately, which must cope with the foreign child.
CREATE FOREIGN DATA WRAPPER w;
CREATE SERVER remote FOREIGN DATA WRAPPER w;
CREATE TABLE reading (sensor int, val numeric);
CREATE TABLE reading_local () INHERITS (reading);
CREATE FOREIGN TABLE reading_remote () INHERITS (reading) SERVER remote;
