INSERT INTO gadget VALUES (1, 'a'), (NULL, 'b');
