INSERT INTO card_snapshot VALUES ('2024-01-01', ROW(1, 'x')), ('2024-01-02', NULL);
