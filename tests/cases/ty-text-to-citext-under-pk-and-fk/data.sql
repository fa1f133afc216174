INSERT INTO author VALUES ('Ann@x.org', 'Ann'), ('bob@x.org', NULL); INSERT INTO book VALUES (1, 'Ann@x.org'), (2, NULL);
