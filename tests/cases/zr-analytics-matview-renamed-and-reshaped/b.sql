CREATE SCHEMA analytics;
CREATE TABLE public.page_views (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  path text NOT NULL,
  visitor_id uuid NOT NULL,
  referrer text,
  referrer_host text GENERATED ALWAYS AS (substring(referrer from '^https?://([^/]+)')) STORED,
  viewed_at timestamptz NOT NULL
);
CREATE INDEX page_views_viewed_at_idx ON public.page_views USING brin (viewed_at);
CREATE MATERIALIZED VIEW analytics.path_daily_stats AS
  SELECT date_trunc('day', viewed_at) AS day, path, count(*) AS views, count(DISTINCT visitor_id) AS visitors
  FROM public.page_views GROUP BY 1, 2;
CREATE UNIQUE INDEX path_daily_stats_day_path_idx ON analytics.path_daily_stats (day, path);
CREATE MATERIALIZED VIEW analytics.referrer_daily_stats AS
  SELECT date_trunc('day', viewed_at) AS day, referrer_host, count(*) AS views
  FROM public.page_views WHERE referrer_host IS NOT NULL GROUP BY 1, 2
  WITH NO DATA;
CREATE VIEW analytics.top_pages AS
  SELECT path, sum(views) AS views, sum(visitors) AS visitors FROM analytics.path_daily_stats GROUP BY path ORDER BY 2 DESC LIMIT 10;
GRANT USAGE ON SCHEMA analytics TO app_reader;
GRANT SELECT ON analytics.path_daily_stats, analytics.top_pages, analytics.referrer_daily_stats TO app_reader;
