INSERT INTO events VALUES (1, 'login', '2024-01-01 10:00+00', '{"ip":"1.2.3.4"}', '((0,0),(1,1))'),
  (2, 'logout', '2024-01-01 11:00+00', NULL, NULL);
REFRESH MATERIALIZED VIEW event_counts;
