INSERT INTO billing.plans VALUES ('basic', 900), ('pro', 2900);
INSERT INTO billing.subscriptions (id, tenant_id, plan_code, state, prev_state, history) VALUES
 (1, 10, 'basic', 'active', NULL, '{active}'), (2, 11, 'pro', 'past_due', 'active', '{active,past_due}'),
 (3, 12, 'pro', 'canceled', 'active', '{active,canceled}'), (4, 12, 'basic', 'active', NULL, '{}');
INSERT INTO billing.state_changes (subscription_id, from_state, to_state, at) VALUES
 (2, 'active', 'past_due', '2024-03-01 00:00+00'), (3, 'active', 'canceled', '2024-03-02 00:00+00');
