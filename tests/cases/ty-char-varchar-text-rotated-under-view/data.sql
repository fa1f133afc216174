INSERT INTO country VALUES (1, 'DEU', 'de01', 'Germany'), (2, 'FRA', 'fr02', 'France'), (3, 'ITA', NULL, NULL);
