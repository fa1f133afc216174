INSERT INTO country VALUES ('de', 'DE', 'Germany'), ('FR', 'FR', 'France');
INSERT INTO city VALUES (1, 'de', 'Berlin'), (2, 'FR', 'Paris');
