INSERT INTO public.authors (name, bio, handle) VALUES ('Ann', 'writes', 'ann');
ALTER TABLE public.articles DISABLE TRIGGER USER;
INSERT INTO public.articles (author_id, title, body, rating, published_on) VALUES (1, 'Intro', 'hello', 4, '2024-01-01');
ALTER TABLE public.articles ENABLE TRIGGER USER;
INSERT INTO hdb_catalog.event_log (id, schema_name, table_name, trigger_name, payload, tries) VALUES ('e1', 'public', 'articles', 'article_created', '{"op": "INSERT"}', 3);
