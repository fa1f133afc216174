INSERT INTO alert VALUES (1, 'warn', 'disk'), (2, 'debug', 'tick'), (3, 'error', 'oom');
INSERT INTO oncall VALUES ('error', 'ann'), ('warn', 'bob');
