CREATE SCHEMA enc;
-- DEFAULT (one per schema and pair of encodings) and not, on built-in conversion functions.
CREATE DEFAULT CONVERSION enc.latin1_to_utf8 FOR 'LATIN1' TO 'UTF8' FROM iso8859_1_to_utf8;
CREATE CONVERSION enc.utf8_to_latin1 FOR 'UTF8' TO 'LATIN1' FROM utf8_to_iso8859_1;
COMMENT ON CONVERSION enc.utf8_to_latin1 IS 'to Latin-1';
