INSERT INTO customer VALUES (1, 'a@x', 'DE'), (2, 'b@x', 'FR'), (3, '', 'US');
