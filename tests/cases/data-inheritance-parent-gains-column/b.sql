CREATE TABLE vehicle (id int PRIMARY KEY, wheels int NOT NULL, color text DEFAULT 'grey');
CREATE TABLE car (seats int) INHERITS (vehicle);
