INSERT INTO account VALUES (1, ' Ann@X.org', 'x.org'), (2, 'bob+news@y.com', 'y.com');
