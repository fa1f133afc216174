-- Base types (fixed-length by value, and variable-length collatable) with their I/O
-- functions, a shell type first; a table uses them, also as arrays.
CREATE TYPE myint;
CREATE FUNCTION myint_in(cstring) RETURNS myint AS 'int4in' LANGUAGE internal IMMUTABLE STRICT;
CREATE FUNCTION myint_out(myint) RETURNS cstring AS 'int4out' LANGUAGE internal IMMUTABLE STRICT;
CREATE FUNCTION myint_recv(internal) RETURNS myint AS 'int4recv' LANGUAGE internal IMMUTABLE STRICT;
CREATE FUNCTION myint_send(myint) RETURNS bytea AS 'int4send' LANGUAGE internal IMMUTABLE STRICT;
CREATE TYPE mytext;
CREATE FUNCTION mytext_in(cstring) RETURNS mytext AS 'textin' LANGUAGE internal IMMUTABLE STRICT;
CREATE FUNCTION mytext_out(mytext) RETURNS cstring AS 'textout' LANGUAGE internal IMMUTABLE STRICT;
CREATE TYPE myint (INPUT = myint_in, OUTPUT = myint_out, RECEIVE = myint_recv, SEND = myint_send,
  INTERNALLENGTH = 4, PASSEDBYVALUE, ALIGNMENT = int4, CATEGORY = 'N');
CREATE TYPE mytext (INPUT = mytext_in, OUTPUT = mytext_out, INTERNALLENGTH = VARIABLE,
  STORAGE = extended, COLLATABLE = true, DELIMITER = ';');
COMMENT ON TYPE myint IS 'an int4 by another name';
CREATE TABLE counters (id int PRIMARY KEY, n myint, ns myint[], label mytext);
