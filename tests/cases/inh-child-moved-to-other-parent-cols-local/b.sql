CREATE TABLE animal (id int, name text);
CREATE TABLE pet (id int, name text);
CREATE TABLE dog (id int, name text, breed text) INHERITS (pet);
