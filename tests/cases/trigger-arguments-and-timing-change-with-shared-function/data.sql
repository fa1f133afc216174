INSERT INTO customer (id) VALUES (1);
INSERT INTO carrier (id) VALUES (1), (2);
