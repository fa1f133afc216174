INSERT INTO memberships VALUES (1,'ann','admin'); INSERT INTO invoices VALUES (1,1),(2,2);
