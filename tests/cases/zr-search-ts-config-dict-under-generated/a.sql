CREATE TEXT SEARCH CONFIGURATION public.docs_english (COPY = pg_catalog.english);
CREATE TABLE public.documents (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  title text NOT NULL,
  body text NOT NULL DEFAULT '',
  lang regconfig NOT NULL DEFAULT 'public.docs_english',
  tsv tsvector GENERATED ALWAYS AS (to_tsvector('public.docs_english'::regconfig, title || ' ' || body)) STORED
);
CREATE INDEX documents_tsv_idx ON public.documents USING gin (tsv);
CREATE FUNCTION public.search_documents(q text) RETURNS SETOF public.documents LANGUAGE sql STABLE AS $$
  SELECT * FROM public.documents WHERE tsv @@ websearch_to_tsquery('public.docs_english', q)
  ORDER BY ts_rank(tsv, websearch_to_tsquery('public.docs_english', q)) DESC
$$;
