INSERT INTO links (code, target_url, title) VALUES ('ab3xk9pq', 'https://postgresql.org', 'PostgreSQL Home'), ('zz82mnbc', 'https://example.com/a?b=c', 'Example: A & B'), ('q2w3e4r5', 'https://x.test', NULL);
INSERT INTO links (target_url, title) VALUES ('https://random.test', 'Random code');
UPDATE links SET code = 'rnd00001' WHERE title = 'Random code';
