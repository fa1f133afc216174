INSERT INTO page_views VALUES (1, '2024-05-05', '/a'), (2, '2025-05-05', '/b');
