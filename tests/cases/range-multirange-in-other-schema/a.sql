CREATE SCHEMA core;
CREATE SCHEMA multi;
CREATE TYPE core.dayspan AS RANGE (subtype = date);
CREATE TABLE core.leave (id int PRIMARY KEY, days core.dayspan);
