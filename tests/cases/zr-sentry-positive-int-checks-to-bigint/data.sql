INSERT INTO sentry_project (slug, name, organization_id, status, date_added) VALUES ('internal', 'Internal', 1, 0, '2023-01-01+00'), ('javascript', 'JavaScript', 1, 0, '2023-02-01+00'), ('old', 'Old', 2, 2, '2020-01-01+00');
INSERT INTO sentry_groupedmessage (logger, level, message, culprit, status, times_seen, last_seen, first_seen, project_id, short_id) VALUES
 ('', 40, 'ZeroDivisionError: division by zero', 'app.views in index', 0, 1523, '2024-06-01+00', '2024-01-01+00', 1, 1),
 ('javascript', 40, 'TypeError: undefined is not a function', 'bundle.js', 1, 2147483000, '2024-06-02+00', '2023-03-01+00', 2, 1),
 ('', 30, 'Warning: slow query', NULL, 0, 7, '2024-05-01+00', '2024-05-01+00', 1, 2);
