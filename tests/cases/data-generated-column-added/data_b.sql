INSERT INTO line (id, qty, unit_cents) VALUES (1, 2, 150), (2, 1, 999);
