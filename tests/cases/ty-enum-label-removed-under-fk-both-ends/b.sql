CREATE TYPE kind AS ENUM ('book', 'film');
CREATE TABLE category (k kind PRIMARY KEY, label text);
CREATE TABLE product (id int PRIMARY KEY, k kind NOT NULL REFERENCES category (k));
