CREATE EXTENSION hstore VERSION '1.8';
CREATE TABLE item (id int PRIMARY KEY, color text);
CREATE INDEX item_color ON item (color);
