CREATE COLLATION c1 (provider = icu, locale = 'de-u-co-phonebk');
CREATE TYPE r AS RANGE (SUBTYPE = text, COLLATION = c1);
