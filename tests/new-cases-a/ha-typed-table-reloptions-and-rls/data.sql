INSERT INTO people VALUES ('Ann', 'ann@x.org');
