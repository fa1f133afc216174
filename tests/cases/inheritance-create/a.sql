CREATE TABLE parent (id int, name text);
