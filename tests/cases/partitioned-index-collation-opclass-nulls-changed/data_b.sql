INSERT INTO product VALUES ('A1', 'Apple', 'Acme', 1, 1), ('B2', 'banana', NULL, NULL, 2), ('C3', 'Cherry', 'Zed', 3, 2);
