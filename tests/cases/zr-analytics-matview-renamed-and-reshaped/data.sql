INSERT INTO page_views (path, visitor_id, referrer, viewed_at) VALUES
 ('/', 'a0000000-0000-4000-8000-000000000001', 'https://news.ycombinator.com/item?id=1', '2024-06-01 10:00+00'),
 ('/', 'a0000000-0000-4000-8000-000000000002', NULL, '2024-06-01 11:00+00'),
 ('/pricing', 'a0000000-0000-4000-8000-000000000001', 'https://www.google.com/', '2024-06-01 10:05+00'),
 ('/', 'a0000000-0000-4000-8000-000000000001', NULL, '2024-06-02 09:00+00'),
 ('/blog/pg15', 'a0000000-0000-4000-8000-000000000003', 'http://lobste.rs/s/x', '2024-06-02 12:00+00');
REFRESH MATERIALIZED VIEW analytics.daily_views;
