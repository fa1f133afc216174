INSERT INTO log_line VALUES (1, 'info', 'a'), (2, 'error', 'a'), (3, 'debug', 'b');
