INSERT INTO tag (id, raw) VALUES (1, ' Alpha '), (2, 'beta');
