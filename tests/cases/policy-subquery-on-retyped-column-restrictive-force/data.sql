INSERT INTO team_member VALUES (1, 'app_reader'), (2, 'app_writer');
INSERT INTO project VALUES (1, 1, false, 'x'), (2, 2, true, 'y');
