CREATE TABLE vehicle (id int PRIMARY KEY, wheels int NOT NULL);
CREATE TABLE car (seats int) INHERITS (vehicle);
