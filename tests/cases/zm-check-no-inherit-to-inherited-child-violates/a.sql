CREATE TABLE measurements (id int NOT NULL, v numeric NOT NULL, CONSTRAINT v_positive CHECK (v > 0) NO INHERIT);
CREATE TABLE measurements_legacy () INHERITS (measurements);
