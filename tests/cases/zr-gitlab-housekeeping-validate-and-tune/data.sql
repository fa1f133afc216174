INSERT INTO namespaces VALUES (9970, 'GitLab.org', 'gitlab-org', NULL, '{9970}'), (6543, 'gitlab-com', 'gitlab-com', NULL, '{6543}'), (9971, 'Quality', 'quality', 9970, '{9970,9971}');
INSERT INTO issues VALUES
 (1, 278964, 9970, 1, 'Pipeline is slow', 'It takes forever', 1, 3, '2024-01-01+00', NULL),
 (2, 278964, 9970, 2, 'Flaky spec', NULL, 2, NULL, '2024-01-02+00', '2024-01-05+00'),
 (3, 7764, 6543, 1, 'Upgrade PG', repeat('x', 500), 1, 0, '2024-01-03+00', NULL),
 (4, 7764, 9971, 2, 'Triage', 'weekly', 2, 1, '2024-01-04+00', '2024-01-06+00');
