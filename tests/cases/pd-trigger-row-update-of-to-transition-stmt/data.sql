INSERT INTO prices VALUES ('A1', 100, 'EUR', 'x'), ('B2', 250, 'EUR', NULL);
INSERT INTO price_log VALUES ('A1', 90, 100, 'seed');
