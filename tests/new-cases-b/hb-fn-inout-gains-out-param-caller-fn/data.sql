INSERT INTO emails VALUES (1,'a@x.org');
