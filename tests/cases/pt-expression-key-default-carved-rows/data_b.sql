-- b->a drops msg_mail (its rows would go with it by design): none there
INSERT INTO msg VALUES (1, 'a@Example.org', 'x'), (2, 'b@example.COM', 'y'), (5, 'e@else.net', 'v');
