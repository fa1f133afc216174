CREATE DOMAIN pos AS int;
CREATE TYPE pair AS (a pos, b pos);
CREATE TABLE holder (id int PRIMARY KEY, p pair);
