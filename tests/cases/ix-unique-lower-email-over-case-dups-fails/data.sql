INSERT INTO accounts VALUES (1, 'Ann@x.io'), (2, 'ann@x.io'), (3, 'bob@x.io');
