INSERT INTO billing.plans VALUES ('basic', 900);
INSERT INTO billing.subscriptions (id, tenant_id, plan_code, state, prev_state, history) VALUES
 (1, 10, 'basic', 'active', NULL, '{active}'), (2, 11, 'basic', 'canceled', 'past_due', '{active,past_due,canceled}');
INSERT INTO billing.state_changes (subscription_id, from_state, to_state, at) VALUES (2, 'past_due', 'canceled', '2024-03-01 00:00+00');
