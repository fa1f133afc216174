INSERT INTO tag VALUES (1, 'abc', 'active'), (2, 'abc', 'old'), (3, 'abd', NULL);
