INSERT INTO flyway_schema_history VALUES (1, '1', 'init', 'SQL', 'V1__init.sql', 12345, 'flyway', '2024-01-01 00:00:00', 42, true);
