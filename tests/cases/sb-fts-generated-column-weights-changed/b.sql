CREATE TABLE public.posts (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  title text NOT NULL,
  body text,
  fts tsvector GENERATED ALWAYS AS (setweight(to_tsvector('simple', title), 'A') || setweight(to_tsvector('english', coalesce(body, '')), 'B')) STORED
);
CREATE INDEX posts_fts ON public.posts USING gin (fts) WITH (fastupdate = off);
CREATE INDEX posts_title_lower ON public.posts (lower(title));
CREATE FUNCTION public.search_posts(q text) RETURNS SETOF public.posts LANGUAGE sql STABLE
  AS $$ SELECT * FROM public.posts WHERE fts @@ websearch_to_tsquery('english', q) ORDER BY ts_rank(fts, websearch_to_tsquery('english', q)) DESC $$;
GRANT EXECUTE ON FUNCTION public.search_posts(text) TO app_reader;
