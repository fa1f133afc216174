INSERT INTO companies (domain, name, deleted_at) VALUES ('acme.com', 'Acme', NULL), ('acme-old.com', 'Acme (old)', '2023-01-01+00');
INSERT INTO contacts (company_id, email, first_name, deleted_at) VALUES (1, 'wile@acme.com', 'Wile', NULL), (2, 'old@acme.com', 'Old', '2023-01-01+00');
INSERT INTO deals (company_id, primary_contact_id, title, amount) VALUES (1, 1, 'Skates', 10.00);
