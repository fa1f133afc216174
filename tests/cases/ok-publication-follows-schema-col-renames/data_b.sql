INSERT INTO sales_crm.contact VALUES (1, 'a@x');
INSERT INTO purchase VALUES (1, 7, 9.5, 's');
