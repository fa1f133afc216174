INSERT INTO crm.contact VALUES (1, 'a@x');
INSERT INTO orders VALUES (1, 7, 9.5, 's');
