CREATE TABLE vehicle (id int PRIMARY KEY, wheels int, CONSTRAINT vehicle_wheels CHECK (wheels > 0) NO INHERIT,
  CONSTRAINT vehicle_id_pos CHECK (id > 0));
CREATE TABLE car (seats int) INHERITS (vehicle);
CREATE TABLE bike () INHERITS (vehicle);
