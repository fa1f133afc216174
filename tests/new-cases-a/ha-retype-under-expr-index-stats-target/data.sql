INSERT INTO subscribers VALUES (1, 'A@x.org'), (2, 'b@y.org');
