CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS btree_gin;
CREATE TABLE article (id int PRIMARY KEY, title text, body text, tags text[], meta jsonb, at timestamptz);
CREATE INDEX article_title_trgm ON article USING gist (title gist_trgm_ops(siglen = 64), lower(body) gist_trgm_ops);
CREATE INDEX article_meta_gin ON article USING gin (meta jsonb_path_ops) WITH (gin_pending_list_limit = 128);
CREATE INDEX article_at_brin ON article USING brin (at timestamptz_minmax_multi_ops(values_per_range = 16)) WITH (pages_per_range = 64, autosummarize = on);
CREATE INDEX article_tags ON article USING gin (tags) WHERE tags IS NOT NULL;
