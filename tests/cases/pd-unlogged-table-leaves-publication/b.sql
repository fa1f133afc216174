-- A cache table stops being replicated and becomes UNLOGGED; PostgreSQL
-- refuses SET UNLOGGED while the table is a publication member, and refuses to
-- add an unlogged table to one, so membership and persistence must be ordered.
CREATE UNLOGGED TABLE session_cache (key text PRIMARY KEY, val jsonb, expires timestamptz);
CREATE TABLE accounts (id int PRIMARY KEY, email text);
CREATE PUBLICATION app_pub FOR TABLE accounts;
