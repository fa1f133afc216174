CREATE TYPE subscription_status AS ENUM ('incomplete', 'trialing', 'active', 'past_due', 'canceled');
CREATE TABLE subscriptions (
  id int PRIMARY KEY,
  account_id int NOT NULL,
  status subscription_status NOT NULL DEFAULT 'incomplete',
  CONSTRAINT subscriptions_past_due_needs_account CHECK (status <> 'past_due' OR account_id > 0)
);
CREATE INDEX subscriptions_account_idx ON subscriptions (account_id);
CREATE UNIQUE INDEX subscriptions_one_live_per_account ON subscriptions (account_id) WHERE status IN ('incomplete', 'trialing', 'active', 'past_due');
CREATE VIEW live_subscriptions AS SELECT id, account_id FROM subscriptions WHERE status NOT IN ('canceled', 'incomplete');
