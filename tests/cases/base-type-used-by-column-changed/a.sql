-- A base type changing its category, and one whose storage goes back to plain (its
-- alignment changing too), are re-created while columns (with a default, an array) hold
-- rows: through text and back.
CREATE TYPE myint;
CREATE FUNCTION myint_in(cstring) RETURNS myint AS 'int4in' LANGUAGE internal IMMUTABLE STRICT;
CREATE FUNCTION myint_out(myint) RETURNS cstring AS 'int4out' LANGUAGE internal IMMUTABLE STRICT;
CREATE FUNCTION myint_recv(internal) RETURNS myint AS 'int4recv' LANGUAGE internal IMMUTABLE STRICT;
CREATE FUNCTION myint_send(myint) RETURNS bytea AS 'int4send' LANGUAGE internal IMMUTABLE STRICT;
CREATE TYPE mytext;
CREATE FUNCTION mytext_in(cstring) RETURNS mytext AS 'textin' LANGUAGE internal IMMUTABLE STRICT;
CREATE FUNCTION mytext_out(mytext) RETURNS cstring AS 'textout' LANGUAGE internal IMMUTABLE STRICT;
CREATE TYPE myint (INPUT = myint_in, OUTPUT = myint_out, RECEIVE = myint_recv, SEND = myint_send,
  INTERNALLENGTH = 4, PASSEDBYVALUE, ALIGNMENT = int4);
CREATE TYPE mytext (INPUT = mytext_in, OUTPUT = mytext_out, INTERNALLENGTH = VARIABLE, STORAGE = extended);
CREATE TABLE counters (id int PRIMARY KEY, n myint DEFAULT '1', ns myint[], label mytext);
