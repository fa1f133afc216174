CREATE COLLATION sv (provider = icu, locale = 'de-DE');
CREATE TYPE person_t AS (name text COLLATE sv);
CREATE TABLE person OF person_t;
