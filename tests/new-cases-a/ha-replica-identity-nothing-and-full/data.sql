INSERT INTO audit_log VALUES (1, 'x'); INSERT INTO tags VALUES ('t');
