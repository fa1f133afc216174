-- Support functions (RECEIVE, SEND) and a storage between two toastable kinds change in
-- place (ALTER TYPE ... SET) while a column holds rows.
CREATE TYPE myint;
CREATE FUNCTION myint_in(cstring) RETURNS myint AS 'int4in' LANGUAGE internal IMMUTABLE STRICT;
CREATE FUNCTION myint_out(myint) RETURNS cstring AS 'int4out' LANGUAGE internal IMMUTABLE STRICT;
CREATE FUNCTION myint_recv(internal) RETURNS myint AS 'int4recv' LANGUAGE internal IMMUTABLE STRICT;
CREATE FUNCTION myint_send(myint) RETURNS bytea AS 'int4send' LANGUAGE internal IMMUTABLE STRICT;
CREATE TYPE mytext;
CREATE FUNCTION mytext_in(cstring) RETURNS mytext AS 'textin' LANGUAGE internal IMMUTABLE STRICT;
CREATE FUNCTION mytext_out(mytext) RETURNS cstring AS 'textout' LANGUAGE internal IMMUTABLE STRICT;
CREATE TYPE myint (INPUT = myint_in, OUTPUT = myint_out, INTERNALLENGTH = 4, PASSEDBYVALUE, ALIGNMENT = int4);
CREATE TYPE mytext (INPUT = mytext_in, OUTPUT = mytext_out, INTERNALLENGTH = VARIABLE, STORAGE = main);
CREATE TABLE counters (id int PRIMARY KEY, n myint, label mytext);
