CREATE DOMAIN posint AS int;
CREATE TABLE stock (id int PRIMARY KEY, qty posint, qtys posint[]);
