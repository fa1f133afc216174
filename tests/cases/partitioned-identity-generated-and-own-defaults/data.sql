INSERT INTO invoice (issued, net) VALUES ('2025-02-01', 100), ('2026-02-01', 50.5);
