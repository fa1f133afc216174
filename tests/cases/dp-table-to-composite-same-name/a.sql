CREATE TABLE address (street text, city text);
CREATE TABLE person (id int, home address);
