CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE TABLE articles (
  id bigserial PRIMARY KEY,
  title text NOT NULL,
  body text NOT NULL DEFAULT '',
  meta jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(meta) = 'object'),
  search tsvector GENERATED ALWAYS AS (to_tsvector('english'::regconfig, coalesce(title, '') || ' ' || coalesce(body, ''))) STORED,
  author text GENERATED ALWAYS AS (meta ->> 'author') STORED
);
CREATE INDEX articles_search_idx ON articles USING gin (search);
CREATE INDEX articles_meta_idx ON articles USING gin (meta jsonb_path_ops);
CREATE INDEX articles_meta_lang_idx ON articles ((meta ->> 'lang')) WHERE meta ? 'lang';
CREATE INDEX articles_title_trgm_idx ON articles USING gin (title gin_trgm_ops);
CREATE INDEX articles_priority_idx ON articles (((meta ->> 'priority')::int));
