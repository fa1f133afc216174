INSERT INTO offer VALUES (1, '[1,10)', '{[1,3),[5,9)}'), (2, NULL, '{}');
