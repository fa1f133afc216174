INSERT INTO kv VALUES (1, 'a=>1,b=>2'), (2, NULL);
