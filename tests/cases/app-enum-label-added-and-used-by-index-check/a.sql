CREATE TYPE subscription_status AS ENUM ('trialing', 'active', 'canceled');
CREATE TABLE subscriptions (
  id int PRIMARY KEY,
  account_id int NOT NULL,
  status subscription_status NOT NULL DEFAULT 'trialing'
);
CREATE INDEX subscriptions_account_idx ON subscriptions (account_id);
CREATE VIEW live_subscriptions AS SELECT id, account_id FROM subscriptions WHERE status <> 'canceled';
