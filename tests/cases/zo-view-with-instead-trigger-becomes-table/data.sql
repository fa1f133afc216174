INSERT INTO contact_store VALUES (1, 'a@x');
