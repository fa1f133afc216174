INSERT INTO contacts (first_name, last_name, phone) VALUES ('Cy', 'Twombly', '+1 555 0199');
