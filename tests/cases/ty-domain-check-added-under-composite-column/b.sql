CREATE DOMAIN pos AS int CONSTRAINT pos_check CHECK (VALUE > 0);
CREATE TYPE pair AS (a pos, b pos);
CREATE TABLE holder (id int PRIMARY KEY, p pair);
