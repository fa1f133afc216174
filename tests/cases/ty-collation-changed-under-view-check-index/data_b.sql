INSERT INTO tag VALUES (1, 'alpha'), (2, 'beta'), (3, 'zeta');
