CREATE TABLE payment (id bigint NOT NULL, method text NOT NULL, amount_cents int, ref text) PARTITION BY LIST (method);
CREATE TABLE payment_card PARTITION OF payment FOR VALUES IN ('card');
CREATE TABLE payment_bank PARTITION OF payment FOR VALUES IN ('bank');
ALTER TABLE payment_bank ALTER COLUMN ref SET NOT NULL;
ALTER TABLE payment_card ALTER COLUMN amount_cents SET NOT NULL;
ALTER TABLE payment ADD CONSTRAINT payment_amount_positive CHECK (amount_cents > 0) NOT VALID;
