INSERT INTO app.jobs (id, payload, created) VALUES (1, 'a', '2024-01-01 00:00+00'), (2, 'b', '2024-01-02 00:00+00');
