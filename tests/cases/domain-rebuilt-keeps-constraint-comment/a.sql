CREATE DOMAIN short_code AS varchar(8) CONSTRAINT short_code_upper CHECK (VALUE = upper(VALUE));
COMMENT ON DOMAIN short_code IS 'upper-case code';
COMMENT ON CONSTRAINT short_code_upper ON DOMAIN short_code IS 'must be upper case';
ALTER DOMAIN short_code OWNER TO app_writer;
CREATE TABLE codes (c short_code PRIMARY KEY);
