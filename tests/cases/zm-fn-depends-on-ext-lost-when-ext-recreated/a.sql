CREATE EXTENSION xml2;
CREATE TABLE feeds (id int PRIMARY KEY, body text);
CREATE FUNCTION feed_title(doc text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT upper(doc) $$;
ALTER FUNCTION feed_title(text) DEPENDS ON EXTENSION xml2;
