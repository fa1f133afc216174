CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS btree_gin;
CREATE TABLE article (id int PRIMARY KEY, title text, body text, tags text[], meta jsonb, at timestamptz);
CREATE INDEX article_title_trgm ON article USING gist (title gist_trgm_ops(siglen = 32));
CREATE INDEX article_meta_gin ON article USING gin (meta) WITH (fastupdate = off);
CREATE INDEX article_at_brin ON article USING brin (at) WITH (pages_per_range = 32);
CREATE INDEX article_tags ON article USING gin (tags, id);
