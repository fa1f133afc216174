INSERT INTO stock VALUES ('a', 1), ('b', 2);
UPDATE stock SET qty = qty + 1;
UPDATE stock SET qty = qty + 1 WHERE sku = 'a';
