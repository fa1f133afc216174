INSERT INTO visit_2025 VALUES ('2025-05-01', '/home', 12), ('2025-06-01', '/about', 30);
INSERT INTO visit_2026 VALUES ('2026-01-02', '/home', 0);
