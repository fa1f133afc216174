INSERT INTO projects (path, namespace_id) VALUES ('gitlab-org/gitlab', 9970), ('gitlab-org/gitaly', 9970), ('acme/web', 12);
INSERT INTO ci_pipelines (project_id, ref, sha, status, created_at) VALUES
 (1, 'master', 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678', 'success', '2024-03-01 10:00:00+00'),
 (1, 'feature/x', 'b1b2c3d4e5f60718293a4b5c6d7e8f9012345678', 'failed', '2024-03-01 11:00:00+00'),
 (3, 'main', 'c1b2c3d4e5f60718293a4b5c6d7e8f9012345678', 'running', '2024-03-02 09:00:00+00');
INSERT INTO ci_builds (commit_id, project_id, name, status, stage_idx, retried, created_at) VALUES
 (1, 1, 'rspec 1/2', 'success', 1, false, '2024-03-01 10:01:00+00'),
 (1, 1, 'rspec 2/2', 'success', 1, NULL, '2024-03-01 10:01:00+00'),
 (2, 1, 'rubocop', 'failed', 0, false, '2024-03-01 11:01:00+00'),
 (2, 1, 'rubocop', 'success', 0, true, '2024-03-01 11:05:00+00'),
 (3, 3, 'build', 'running', 0, false, '2024-03-02 09:01:00+00');
INSERT INTO ci_job_artifacts (job_id, file_type, size) VALUES (1, 1, 2048), (1, 3, 512), (3, 1, 10), (5, 2, NULL);
