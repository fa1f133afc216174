INSERT INTO contact VALUES (1, 'person', 'a@x'), (2, 'person', 'b@x'), (4, 'org', 'o@x');
