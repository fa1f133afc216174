CREATE EXTENSION hstore;
CREATE EXTENSION citext;
CREATE EXTENSION fuzzystrmatch;
COMMENT ON EXTENSION citext IS NULL;
COMMENT ON EXTENSION fuzzystrmatch IS 'soundex for the customer search';
