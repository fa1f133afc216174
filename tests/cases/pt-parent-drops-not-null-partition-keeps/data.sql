INSERT INTO orders VALUES (1, 'eu', 10, 'a@x'), (2, 'us', 20, 'b@x'), (3, 'ap', 30, 'c@x');
