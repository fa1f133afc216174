CREATE TABLE account (id bigint PRIMARY KEY, name text NOT NULL);
CREATE TABLE payment (id bigint PRIMARY KEY, account_id bigint NOT NULL REFERENCES account, cents bigint NOT NULL);
CREATE INDEX payment_account ON payment (account_id);
