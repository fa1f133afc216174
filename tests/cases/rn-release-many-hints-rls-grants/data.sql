INSERT INTO crm.leads (owner_name, company, status, est_value) VALUES ('ann', 'Acme', 'new', 100), ('bob', 'Globex', 'contacted', NULL), ('ann', 'Initech', 'won', 5000);
INSERT INTO crm.lead_notes VALUES (1, 1, 'call back'), (2, 3, 'signed');
