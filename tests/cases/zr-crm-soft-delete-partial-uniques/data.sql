INSERT INTO companies (domain, name) VALUES ('Acme.com', 'Acme'), ('globex.io', 'Globex'), ('initech.test', 'Initech');
INSERT INTO contacts (company_id, email, first_name, last_name) VALUES (1, 'Wile@Acme.com', 'Wile E.', 'Coyote'), (1, 'rr@acme.com', 'Road', 'Runner'), (2, 'hank@globex.io', 'Hank', 'Scorpio'), (NULL, 'freelancer@mail.test', 'Fran', NULL);
INSERT INTO deals (company_id, primary_contact_email, title, amount) VALUES (1, 'wile@acme.com', 'Rocket skates x100', 12500.00), (2, NULL, 'Doomsday device', 1000000.00), (1, 'RR@acme.com', 'Birdseed', 19.99);
