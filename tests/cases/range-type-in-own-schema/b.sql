CREATE SCHEMA s;
CREATE TYPE s.span AS RANGE (SUBTYPE = integer);
CREATE TYPE s.stay AS RANGE (SUBTYPE = numeric, MULTIRANGE_TYPE_NAME = s.stays);
CREATE TABLE s.booking (id int, during s.span, kept s.stays);
