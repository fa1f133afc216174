CREATE TEXT SEARCH DICTIONARY public.english_simple_stop (TEMPLATE = pg_catalog.simple, STOPWORDS = english);
CREATE TEXT SEARCH CONFIGURATION public.docs_english (COPY = pg_catalog.english);
ALTER TEXT SEARCH CONFIGURATION public.docs_english ALTER MAPPING FOR asciiword, word WITH public.english_simple_stop, english_stem;
ALTER TEXT SEARCH CONFIGURATION public.docs_english DROP MAPPING FOR email, url, url_path;
CREATE TABLE public.documents (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  title text NOT NULL,
  body text NOT NULL DEFAULT '',
  summary text,
  lang regconfig NOT NULL DEFAULT 'public.docs_english',
  tsv tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('public.docs_english'::regconfig, coalesce(title, '')), 'A') ||
    setweight(to_tsvector('public.docs_english'::regconfig, coalesce(summary, '')), 'B') ||
    setweight(to_tsvector('public.docs_english'::regconfig, body), 'C')) STORED
);
CREATE INDEX documents_tsv_idx ON public.documents USING gin (tsv);
CREATE INDEX documents_title_prefix_idx ON public.documents (lower(title) text_pattern_ops);
CREATE FUNCTION public.search_documents(q text, lim integer DEFAULT 20) RETURNS SETOF public.documents LANGUAGE sql STABLE AS $$
  SELECT * FROM public.documents WHERE tsv @@ websearch_to_tsquery('public.docs_english', q)
  ORDER BY ts_rank_cd(tsv, websearch_to_tsquery('public.docs_english', q)) DESC LIMIT lim
$$;
