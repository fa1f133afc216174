INSERT INTO person (id, email) VALUES (1, ' Ann@Example.com '), (2, 'bob@test.org');
