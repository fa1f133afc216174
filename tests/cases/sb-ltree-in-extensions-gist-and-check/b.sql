CREATE SCHEMA extensions;
CREATE EXTENSION ltree WITH SCHEMA extensions;
CREATE TABLE public.categories (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name text NOT NULL,
  path extensions.ltree NOT NULL CHECK (extensions.nlevel(path) <= 8),
  depth int GENERATED ALWAYS AS (extensions.nlevel(path)) STORED
);
CREATE INDEX categories_path_idx ON public.categories USING gist (path extensions.gist_ltree_ops(siglen = 100));
CREATE VIEW public.top_categories WITH (security_invoker = true) AS
  SELECT id, name FROM public.categories WHERE path OPERATOR(extensions.~) '*{1}'::extensions.lquery;
