INSERT INTO orders (status, is_gift, total) VALUES ('shipped', false, 12.00), ('paid', true, 1.25);
INSERT INTO members VALUES (1, 'admin', 'a@x.test'), (2, 'member', 'b@x.test');
