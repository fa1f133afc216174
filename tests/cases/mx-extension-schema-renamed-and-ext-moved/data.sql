INSERT INTO account (id, token, mail, login) VALUES ('00000000-0000-0000-0000-000000000001', 'aa', 'A@x.org', 'Ann'), ('00000000-0000-0000-0000-000000000002', 'bb', 'b@x.org', 'bob');
