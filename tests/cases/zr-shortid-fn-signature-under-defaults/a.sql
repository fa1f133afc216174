CREATE FUNCTION public.gen_short_id(len integer) RETURNS text LANGUAGE sql VOLATILE AS $$
  SELECT string_agg(substr('abcdefghijkmnpqrstuvwxyz23456789', (random() * 31)::int + 1, 1), '') FROM generate_series(1, len)
$$;
CREATE FUNCTION public.normalize_slug(s text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT lower(regexp_replace(s, '[^a-zA-Z0-9]+', '-', 'g'))
$$;
CREATE TABLE public.links (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  code text NOT NULL DEFAULT public.gen_short_id(8) UNIQUE,
  target_url text NOT NULL,
  title text,
  slug text GENERATED ALWAYS AS (public.normalize_slug(title)) STORED,
  CONSTRAINT links_title_slug_ok CHECK (public.normalize_slug(title) <> '-')
);
CREATE INDEX links_title_slug_idx ON public.links (public.normalize_slug(title));
CREATE VIEW public.link_codes AS SELECT code, public.normalize_slug(title) AS slug FROM public.links;
