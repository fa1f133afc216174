INSERT INTO sales VALUES (1,'n',5),(2,'s',7),(3,'n',1);
