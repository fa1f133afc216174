CREATE TABLE vehicles (id int NOT NULL, wheels int NOT NULL, name text, CONSTRAINT wheels_pos CHECK (wheels > 0));
CREATE TABLE cars (doors int) INHERITS (vehicles);
CREATE TABLE bikes () INHERITS (vehicles);
