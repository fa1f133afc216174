INSERT INTO addr VALUES (1, 'Berlin', '10115', 'DE', '2025-01-01'), (2, 'Paris', '75001', 'FR', NULL);
