INSERT INTO customers VALUES (1,'eu'),(2,'us');
