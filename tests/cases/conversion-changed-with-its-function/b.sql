CREATE SCHEMA enc;
-- The conversion's own function (the built-in code under another name): created before the
-- conversion, which is re-created on it as DEFAULT, and dropped after it.
CREATE FUNCTION enc.utf8_to_latin1(integer, integer, cstring, internal, integer, boolean) RETURNS integer
  LANGUAGE c STRICT AS '$libdir/utf8_and_iso8859_1', 'utf8_to_iso8859_1';
CREATE DEFAULT CONVERSION enc.to_latin1 FOR 'UTF8' TO 'LATIN1' FROM enc.utf8_to_latin1;
COMMENT ON CONVERSION enc.to_latin1 IS 'the default one in enc';
