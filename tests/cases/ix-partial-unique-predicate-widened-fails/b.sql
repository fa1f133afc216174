CREATE TABLE subscriptions (id int PRIMARY KEY, user_id int NOT NULL, status text NOT NULL);
CREATE UNIQUE INDEX one_active_sub ON subscriptions (user_id) WHERE status IN ('active', 'trialing');
