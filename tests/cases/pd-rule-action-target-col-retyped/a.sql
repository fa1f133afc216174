-- A rule on one table writes into another table's column (DO ALSO INSERT);
-- that target column is retyped (int -> bigint), which PostgreSQL refuses
-- while the rule depends on it, so the rule must be dropped and re-created.
CREATE TABLE payments (id int PRIMARY KEY, amount_cents int NOT NULL);
CREATE TABLE payment_log (payment_id int, amount_cents int, logged_at timestamptz DEFAULT now());
CREATE RULE log_payment AS ON INSERT TO payments
  DO ALSO INSERT INTO payment_log (payment_id, amount_cents) VALUES (NEW.id, NEW.amount_cents);
