INSERT INTO sku VALUES (1, 'AB-1', 'Zeta'), (2, 'ab-1', 'alpha'), (3, 'Ab-2', NULL);
