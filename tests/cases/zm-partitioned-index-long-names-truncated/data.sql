INSERT INTO customer_subscription_billing_events_history VALUES (1, '2024-02-01', 'x'), (1, '2024-08-01', 'y');
