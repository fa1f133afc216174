CREATE TYPE color AS ENUM ('small', 'large');
CREATE TYPE size AS ENUM ('red', 'blue');
CREATE TABLE item (id int PRIMARY KEY, hue size, dim color);
