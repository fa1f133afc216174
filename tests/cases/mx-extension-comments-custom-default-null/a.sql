-- Extension comments: one customised, one left as the control file's, one removed; they rotate between the sides.
CREATE EXTENSION hstore;
CREATE EXTENSION citext;
CREATE EXTENSION fuzzystrmatch;
COMMENT ON EXTENSION hstore IS 'product attributes as key/value pairs';
COMMENT ON EXTENSION fuzzystrmatch IS NULL;
