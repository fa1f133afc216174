-- 16: ICU tailoring rules; a collation changes by drop and create.
CREATE COLLATION plain_icu (provider = icu, locale = 'und', rules = '&v < w');
CREATE COLLATION ruled (provider = icu, locale = 'und', rules = '&a < g');
CREATE COLLATION "quoted rules" (provider = icu, locale = 'und', rules = '&''x'' < y', deterministic = false);
CREATE TABLE words (w text COLLATE ruled);
