CREATE FUNCTION slugify(s text, sep text DEFAULT '-') RETURNS text LANGUAGE sql IMMUTABLE RETURN lower(replace(s, ' ', sep));
CREATE TABLE category (
  id int PRIMARY KEY,
  name text NOT NULL,
  slug text GENERATED ALWAYS AS (slugify(name)) STORED,
  CONSTRAINT category_slug_key UNIQUE (slug)
);
CREATE TABLE post (id int PRIMARY KEY, category_slug text REFERENCES category (slug));
CREATE VIEW category_slugs AS SELECT slug FROM category;
