CREATE TABLE public.posts (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  title text NOT NULL,
  body text,
  fts tsvector GENERATED ALWAYS AS (to_tsvector('english', title || ' ' || coalesce(body, ''))) STORED
);
CREATE INDEX posts_fts ON public.posts USING gin (fts);
CREATE FUNCTION public.search_posts(q text) RETURNS SETOF public.posts LANGUAGE sql STABLE
  AS $$ SELECT * FROM public.posts WHERE fts @@ websearch_to_tsquery('english', q) $$;
GRANT EXECUTE ON FUNCTION public.search_posts(text) TO app_reader;
