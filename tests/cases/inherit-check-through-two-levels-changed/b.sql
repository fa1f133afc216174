CREATE TABLE vehicle (id int NOT NULL, wheels int NOT NULL DEFAULT 4, CONSTRAINT vehicle_wheels CHECK (wheels BETWEEN 0 AND 18));
CREATE TABLE car (seats int) INHERITS (vehicle);
CREATE TABLE taxi (license text NOT NULL) INHERITS (car);
ALTER TABLE car ADD CONSTRAINT car_seats CHECK (seats BETWEEN 1 AND 12);
-- only cars themselves (not taxis) are limited to a single registry prefix
ALTER TABLE car ADD CONSTRAINT car_only_id CHECK (id < 100000) NO INHERIT;
ALTER TABLE taxi ALTER COLUMN wheels SET DEFAULT 4;
ALTER TABLE car ALTER COLUMN wheels SET DEFAULT 3;
