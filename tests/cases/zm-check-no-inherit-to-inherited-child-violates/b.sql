CREATE TABLE measurements (id int NOT NULL, v numeric NOT NULL, CONSTRAINT v_positive CHECK (v > 0));
CREATE TABLE measurements_legacy () INHERITS (measurements);
