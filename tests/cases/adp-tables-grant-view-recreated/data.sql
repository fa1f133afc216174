INSERT INTO items VALUES (1,'pen',1.5),(2,'cup',3);
