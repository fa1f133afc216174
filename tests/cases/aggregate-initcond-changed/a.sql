CREATE AGGREGATE s2(int) (SFUNC = int4pl, STYPE = int, INITCOND = '0');
