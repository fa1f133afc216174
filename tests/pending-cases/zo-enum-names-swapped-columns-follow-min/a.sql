CREATE TYPE color AS ENUM ('red', 'blue');
CREATE TYPE size AS ENUM ('small', 'large');
CREATE TABLE item (id int PRIMARY KEY, hue color, dim size);
