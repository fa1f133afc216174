INSERT INTO "Odd$Schema"."Mixed Case" (id, "Name", "system_user", "select", json_value, m, d, c_text, n, tags, at, "we""ird", renamed_now)
SELECT i, 'n' || i, 'u' || i, i, i, (ARRAY['sad', 'ok', 'happy'])[1 + i % 3]::mood, 'd' || i, 'c' || i, 'x' || i, ARRAY[i], now(), i, i
FROM generate_series(1, 50) i;
INSERT INTO "Odd$Schema".parted VALUES (1, '2026-03-01');
