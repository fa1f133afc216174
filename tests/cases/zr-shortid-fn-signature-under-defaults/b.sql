CREATE FUNCTION public.gen_short_id(len integer, alphabet text DEFAULT 'abcdefghijkmnpqrstuvwxyz23456789') RETURNS text LANGUAGE sql VOLATILE AS $$
  SELECT string_agg(substr(alphabet, (random() * (length(alphabet) - 1))::int + 1, 1), '') FROM generate_series(1, len)
$$;
CREATE FUNCTION public.normalize_slug(s text, sep text DEFAULT '-') RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT lower(regexp_replace(s, '[^a-zA-Z0-9]+', sep, 'g'))
$$;
CREATE TABLE public.links (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  code text NOT NULL DEFAULT public.gen_short_id(8) UNIQUE,
  target_url text NOT NULL,
  title text,
  slug text GENERATED ALWAYS AS (public.normalize_slug(title)) STORED,
  clicks integer NOT NULL DEFAULT 0,
  CONSTRAINT links_title_slug_ok CHECK (public.normalize_slug(title) <> '-')
);
CREATE INDEX links_title_slug_idx ON public.links (public.normalize_slug(title));
CREATE VIEW public.link_codes AS SELECT code, public.normalize_slug(title) AS slug FROM public.links;
CREATE TABLE public.invites (
  code text PRIMARY KEY DEFAULT public.gen_short_id(12),
  email text NOT NULL
);
