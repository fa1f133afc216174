CREATE TABLE vehicle (id int NOT NULL, wheels int NOT NULL DEFAULT 4, CONSTRAINT vehicle_wheels CHECK (wheels >= 0));
CREATE TABLE car (seats int) INHERITS (vehicle);
CREATE TABLE taxi (license text NOT NULL) INHERITS (car);
ALTER TABLE car ADD CONSTRAINT car_seats CHECK (seats BETWEEN 1 AND 9);
