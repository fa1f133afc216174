INSERT INTO app.thing (made, k, label) VALUES ('2025-01-01', 'a', 'x'), ('2025-01-02', 'c', NULL);
