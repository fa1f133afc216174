INSERT INTO events VALUES (1, '2026-01-01');
INSERT INTO audit VALUES ('events', 'the table'), ('audit', 'itself'), (NULL, 'none');
