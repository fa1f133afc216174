INSERT INTO customer (id, legacy_code, region, name) VALUES (1,'L1','eu','ann'),(2,'X2','us','bob');
