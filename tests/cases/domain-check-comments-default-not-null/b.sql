CREATE DOMAIN code AS varchar(10) CONSTRAINT code_len CHECK (length(VALUE) > 1) CONSTRAINT code_upper CHECK (VALUE = upper(VALUE));
COMMENT ON DOMAIN code IS 'a code';
COMMENT ON CONSTRAINT code_upper ON DOMAIN code IS 'upper only';
CREATE TABLE t (c code);
