INSERT INTO tenants VALUES (1, 'a'), (2, 'b'), (3, 'c');
INSERT INTO usage_records (tenant_id, recorded_on, metric, quantity, unit_price_cents) VALUES (1, '2024-01-01', 'api', 10, 2), (2, '2024-01-01', 'api', 5, 1), (3, '2024-01-02', 'seats', 3, 900);
INSERT INTO usage_adjustments (tenant_id, usage_id, delta) VALUES (1, 1, -2), (3, 3, 1);
