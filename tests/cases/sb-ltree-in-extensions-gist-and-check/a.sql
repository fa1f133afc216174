CREATE SCHEMA extensions;
CREATE EXTENSION ltree WITH SCHEMA extensions;
CREATE TABLE public.categories (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name text NOT NULL,
  path extensions.ltree NOT NULL
);
CREATE INDEX categories_path_idx ON public.categories USING btree (path);
