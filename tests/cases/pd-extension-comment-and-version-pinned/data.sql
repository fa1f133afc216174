INSERT INTO kv VALUES (1, 'a=>1', 'Tag');
