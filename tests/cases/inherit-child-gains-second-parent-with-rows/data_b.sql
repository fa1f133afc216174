INSERT INTO store VALUES (1, 'a@b.c', 52.5, 13.4, 'Berlin'), (2, NULL, NULL, NULL, 'Web');
INSERT INTO contact VALUES (10, 'x@y.z');
