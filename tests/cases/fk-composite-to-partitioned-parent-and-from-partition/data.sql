INSERT INTO warehouse VALUES (1, 'north'), (2, 'south');
INSERT INTO audit_sku VALUES ('b');
INSERT INTO stock VALUES (1, 'a', 5), (2, 'b', 6);
INSERT INTO pick VALUES (100, 1, 'a'), (101, 2, 'b');
