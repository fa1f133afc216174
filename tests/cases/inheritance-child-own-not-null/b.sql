CREATE TABLE vehicles (id int NOT NULL, wheels int, name text NOT NULL, CONSTRAINT wheels_pos CHECK (wheels >= 0));
CREATE TABLE cars (doors int) INHERITS (vehicles);
ALTER TABLE cars ALTER COLUMN wheels SET NOT NULL;
CREATE TABLE bikes () INHERITS (vehicles);
-- A new child with its own NOT NULL on an inherited column.
CREATE TABLE trucks (payload int) INHERITS (vehicles);
ALTER TABLE trucks ALTER COLUMN wheels SET NOT NULL;
