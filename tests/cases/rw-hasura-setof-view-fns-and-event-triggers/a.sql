CREATE SCHEMA hdb_catalog;
CREATE TABLE hdb_catalog.event_log (
  id text DEFAULT md5(random()::text) PRIMARY KEY,
  schema_name text NOT NULL,
  table_name text NOT NULL,
  trigger_name text NOT NULL,
  payload jsonb NOT NULL,
  delivered boolean NOT NULL DEFAULT false,
  created_at timestamp DEFAULT now()
);
CREATE INDEX event_log_trigger_name_idx ON hdb_catalog.event_log (trigger_name);
CREATE FUNCTION hdb_catalog."notify_hasura_article_created_INSERT"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE _new record;
BEGIN
  SELECT row_to_json(NEW) INTO _new;
  INSERT INTO hdb_catalog.event_log (schema_name, table_name, trigger_name, payload)
  VALUES (TG_TABLE_SCHEMA, TG_TABLE_NAME, 'article_created', json_build_object('op', TG_OP, 'data', json_build_object('new', _new))::jsonb);
  RETURN NULL;
END $$;
CREATE TABLE public.authors (
  id serial PRIMARY KEY,
  name text NOT NULL,
  bio text
);
CREATE TABLE public.articles (
  id serial PRIMARY KEY,
  author_id integer NOT NULL REFERENCES public.authors (id),
  title text NOT NULL,
  body text NOT NULL DEFAULT '',
  rating integer,
  published_on date
);
CREATE TRIGGER "notify_hasura_article_created_INSERT" AFTER INSERT ON public.articles FOR EACH ROW EXECUTE FUNCTION hdb_catalog."notify_hasura_article_created_INSERT"();
CREATE VIEW public.article_stats AS
  SELECT author_id, count(*) AS articles, avg(rating) AS avg_rating
  FROM public.articles GROUP BY author_id;
CREATE FUNCTION public.search_articles(search text) RETURNS SETOF public.articles
  LANGUAGE sql STABLE AS $$ SELECT * FROM public.articles WHERE title ILIKE ('%' || search || '%') OR body ILIKE ('%' || search || '%') $$;
CREATE FUNCTION public.author_stats(author_row public.authors) RETURNS SETOF public.article_stats
  LANGUAGE sql STABLE AS $$ SELECT * FROM public.article_stats s WHERE s.author_id = author_row.id $$;
CREATE FUNCTION public.author_display(author_row public.authors) RETURNS text
  LANGUAGE sql STABLE AS $$ SELECT author_row.name $$;
COMMENT ON FUNCTION public.author_stats(public.authors) IS 'hasura computed field';
GRANT SELECT ON public.article_stats TO app_reader;
GRANT EXECUTE ON FUNCTION public.author_stats(public.authors) TO app_reader;
