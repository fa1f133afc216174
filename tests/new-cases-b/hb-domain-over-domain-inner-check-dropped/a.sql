CREATE DOMAIN positive_int AS int CONSTRAINT positive_int_check CHECK (VALUE > 0);
CREATE DOMAIN quantity AS positive_int CONSTRAINT quantity_max CHECK (VALUE < 1000);
CREATE TABLE lines (id int PRIMARY KEY, qty quantity NOT NULL);
