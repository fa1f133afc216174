CREATE SCHEMA core;
CREATE SCHEMA multi;
CREATE TYPE core.dayspan AS RANGE (subtype = date, multirange_type_name = multi.dayspans);
CREATE TABLE core.leave (id int PRIMARY KEY, days core.dayspan, all_days multi.dayspans);
