-- A mixed-case table moved to another schema and renamed at once: both names need quotes.
CREATE SCHEMA sales;
CREATE TABLE public."OrderLine" (id int PRIMARY KEY, qty int);
CREATE TYPE public."LineState" AS ENUM ('new', 'done');
