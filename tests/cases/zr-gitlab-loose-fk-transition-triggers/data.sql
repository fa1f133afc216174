INSERT INTO projects VALUES (1, 'gitlab'), (2, 'gitaly');
INSERT INTO ci_runners VALUES (10, 'shared-runners-manager-1', 1), (11, 'group runner', 2);
INSERT INTO ci_builds_metadata VALUES (100, 1000, 1, 10, 3600), (101, 1001, 2, NULL, NULL), (102, 1002, 1, 11, 600);
