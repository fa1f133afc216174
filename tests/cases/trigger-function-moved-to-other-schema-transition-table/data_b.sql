INSERT INTO stock VALUES ('a', 1), ('b', 2);
UPDATE stock SET qty = qty + 1;
