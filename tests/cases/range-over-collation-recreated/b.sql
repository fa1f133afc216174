CREATE COLLATION c1 (provider = icu, locale = 'de');
CREATE TYPE r AS RANGE (SUBTYPE = text, COLLATION = c1);
