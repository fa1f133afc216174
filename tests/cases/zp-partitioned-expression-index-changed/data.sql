INSERT INTO account VALUES (1, 'eu', 'A@x.io', '{"plan":"pro"}'), (2, 'us', 'a@x.io', NULL), (3, 'eu', 'b@x.io ', '{"tier":1}');
