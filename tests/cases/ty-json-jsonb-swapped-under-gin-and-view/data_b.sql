INSERT INTO payload VALUES (1, '{"v": 1}', '{"kind": "a"}'), (2, NULL, '{}'), (3, '[1, 2]', '{"n": [1, 2], "kind": "b"}');
