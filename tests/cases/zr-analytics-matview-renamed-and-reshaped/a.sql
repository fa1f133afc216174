CREATE SCHEMA analytics;
CREATE TABLE public.page_views (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  path text NOT NULL,
  visitor_id uuid NOT NULL,
  referrer text,
  viewed_at timestamptz NOT NULL
);
CREATE INDEX page_views_viewed_at_idx ON public.page_views USING brin (viewed_at);
CREATE MATERIALIZED VIEW analytics.daily_views AS
  SELECT date_trunc('day', viewed_at) AS day, path, count(*) AS views, count(DISTINCT visitor_id) AS visitors
  FROM public.page_views GROUP BY 1, 2;
CREATE UNIQUE INDEX daily_views_day_path_idx ON analytics.daily_views (day, path);
CREATE VIEW analytics.top_pages AS
  SELECT path, sum(views) AS views FROM analytics.daily_views GROUP BY path ORDER BY 2 DESC LIMIT 10;
GRANT USAGE ON SCHEMA analytics TO app_reader;
GRANT SELECT ON analytics.daily_views, analytics.top_pages TO app_reader;
