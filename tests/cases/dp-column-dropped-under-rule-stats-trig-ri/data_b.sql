INSERT INTO customer (id, region, name) VALUES (1,'eu','ann'),(2,'us','bob');
