INSERT INTO country VALUES ('1'),('2');
INSERT INTO city VALUES (1,'1'),(2,NULL);
