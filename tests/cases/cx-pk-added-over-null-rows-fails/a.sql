CREATE TABLE gadget (id int, name text);
