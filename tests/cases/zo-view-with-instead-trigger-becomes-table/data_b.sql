INSERT INTO contact_store VALUES (1, 'a@x');
INSERT INTO contact VALUES (2, 'b@y');
