INSERT INTO crm.leads (id, company, email, notes, score) VALUES (1, 'Acme', 'x@acme.test', 'big', 90.50), (2, 'Initech', NULL, NULL, 10.00);
