CREATE TABLE customer_subscription_billing_events_history (tenant_identifier int NOT NULL, occurred_on date NOT NULL, event_description_text text) PARTITION BY RANGE (occurred_on);
CREATE TABLE customer_subscription_billing_events_history_2024_first_half PARTITION OF customer_subscription_billing_events_history FOR VALUES FROM ('2024-01-01') TO ('2024-07-01');
CREATE TABLE customer_subscription_billing_events_history_2024_second_half PARTITION OF customer_subscription_billing_events_history FOR VALUES FROM ('2024-07-01') TO ('2025-01-01');
CREATE INDEX ON customer_subscription_billing_events_history (tenant_identifier, occurred_on);
CREATE INDEX ON customer_subscription_billing_events_history (lower(event_description_text));
ALTER TABLE customer_subscription_billing_events_history ADD UNIQUE (tenant_identifier, occurred_on, event_description_text);
