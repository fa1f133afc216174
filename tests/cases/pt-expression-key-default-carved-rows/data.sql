INSERT INTO msg VALUES (1, 'a@Example.org', 'x'), (2, 'b@example.COM', 'y'), (3, 'c@mail.test', 'z'), (4, 'd@MAIL.test', 'w'), (5, 'e@else.net', 'v');
