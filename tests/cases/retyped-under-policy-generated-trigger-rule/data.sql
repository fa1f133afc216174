INSERT INTO acct (id, owner_no) VALUES (1,'12'),(2,'7');
