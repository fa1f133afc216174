CREATE COLLATION plain_icu (provider = icu, locale = 'und');
CREATE COLLATION ruled (provider = icu, locale = 'und', rules = '&a < g');
