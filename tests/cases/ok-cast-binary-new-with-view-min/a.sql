CREATE TYPE sku;
CREATE FUNCTION sku_in(cstring) RETURNS sku AS 'textin' LANGUAGE internal IMMUTABLE STRICT;
CREATE FUNCTION sku_out(sku) RETURNS cstring AS 'textout' LANGUAGE internal IMMUTABLE STRICT;
CREATE TYPE sku (INPUT = sku_in, OUTPUT = sku_out, INTERNALLENGTH = VARIABLE, ALIGNMENT = int4);
CREATE TYPE label;
CREATE FUNCTION label_in(cstring) RETURNS label AS 'textin' LANGUAGE internal IMMUTABLE STRICT;
CREATE FUNCTION label_out(label) RETURNS cstring AS 'textout' LANGUAGE internal IMMUTABLE STRICT;
CREATE TYPE label (INPUT = label_in, OUTPUT = label_out, INTERNALLENGTH = VARIABLE, ALIGNMENT = int4);
CREATE TABLE item (code sku);
