CREATE TYPE price_band AS RANGE (SUBTYPE = int);
CREATE TABLE t (b price_band);
