INSERT INTO docs VALUES (1,'hello',1),(2,'world',3);
