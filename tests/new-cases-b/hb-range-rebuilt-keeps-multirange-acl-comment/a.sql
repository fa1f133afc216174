CREATE TYPE numspan AS RANGE (subtype = numeric);
COMMENT ON TYPE numspan IS 'numeric span';
COMMENT ON TYPE nummultirange IS 'numeric spans';
REVOKE USAGE ON TYPE nummultirange FROM PUBLIC;
GRANT USAGE ON TYPE nummultirange TO app_reader;
CREATE TABLE bands (id int PRIMARY KEY, r numspan, rs nummultirange);
