INSERT INTO bands VALUES (1, '[1,5)', '{[1,2),[3,4)}'), (2, NULL, '{}');
