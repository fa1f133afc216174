CREATE TABLE docs (id int PRIMARY KEY, title text, body text);
CREATE MATERIALIZED VIEW doc_titles WITH (toast.autovacuum_enabled = false, autovacuum_vacuum_scale_factor = 0.3) AS
  SELECT id, title, length(body) AS body_len FROM docs;
