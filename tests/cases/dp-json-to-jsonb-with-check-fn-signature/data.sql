INSERT INTO event VALUES (1, '{"kind": "a"}'), (2, DEFAULT);
