CREATE COLLATION ci (provider = icu, locale = 'und', deterministic = false);
CREATE TABLE person (id int PRIMARY KEY, name text, is_ann boolean GENERATED ALWAYS AS (name = ('ann' COLLATE ci)) STORED);
CREATE INDEX person_is_ann ON person (is_ann);
