INSERT INTO members VALUES (1, 1, 'A@x.org'), (2, 2, 'b@x.org');
