INSERT INTO sale VALUES (1,'eu',10),(2,'eu',5),(3,'us',7);
