INSERT INTO category VALUES (1, 'top.a.b.c', 'x.y', 'Name', ARRAY['a.b'::ltree]), (2, 'top', NULL, NULL, NULL);
