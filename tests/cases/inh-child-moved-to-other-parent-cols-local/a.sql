CREATE TABLE animal (id int, name text);
CREATE TABLE pet (id int, name text);
CREATE TABLE dog (breed text) INHERITS (animal);
