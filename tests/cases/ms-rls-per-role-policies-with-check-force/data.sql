INSERT INTO document VALUES (1, 'app_writer', true, 'x'), (2, 'app_writer', false, 'y');
