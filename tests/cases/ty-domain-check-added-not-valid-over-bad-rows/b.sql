CREATE DOMAIN posint AS int;
ALTER DOMAIN posint ADD CONSTRAINT posint_positive CHECK (VALUE > 0) NOT VALID;
CREATE TABLE stock (id int PRIMARY KEY, qty posint, qtys posint[]);
