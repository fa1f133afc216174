INSERT INTO orders (status, is_gift, total) VALUES ('pending', false, 10.00), ('paid', true, 99.95), ('cancelled', false, 0.50);
INSERT INTO members VALUES (1, true, false, 'a@x.test'), (2, false, false, 'b@x.test'), (3, false, true, 'c@x.test');
