CREATE TABLE page_views (
  id bigserial,
  tenant_id integer NOT NULL,
  viewed_at timestamptz NOT NULL,
  path text NOT NULL,
  PRIMARY KEY (id, viewed_at)
) PARTITION BY RANGE (viewed_at);
CREATE TABLE page_views_2024_q1 PARTITION OF page_views FOR VALUES FROM ('2024-01-01 00:00+00') TO ('2024-04-01 00:00+00');
CREATE TABLE page_views_2024_q2 PARTITION OF page_views FOR VALUES FROM ('2024-04-01 00:00+00') TO ('2024-07-01 00:00+00');
GRANT USAGE ON SEQUENCE page_views_id_seq TO app_writer;
