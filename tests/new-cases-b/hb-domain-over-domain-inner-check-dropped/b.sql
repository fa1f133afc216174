CREATE DOMAIN positive_int AS int;
CREATE DOMAIN quantity AS positive_int CONSTRAINT quantity_max CHECK (VALUE < 1000) CONSTRAINT quantity_min CHECK (VALUE >= 0);
CREATE TABLE lines (id int PRIMARY KEY, qty quantity NOT NULL);
