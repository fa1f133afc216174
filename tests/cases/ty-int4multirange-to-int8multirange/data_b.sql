INSERT INTO busy VALUES (1, '{[1,2),[3,4)}'), (2, '{}'), (3, NULL);
