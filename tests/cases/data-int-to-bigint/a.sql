CREATE TABLE account (id int PRIMARY KEY, name text NOT NULL);
CREATE TABLE payment (id int PRIMARY KEY, account_id int NOT NULL REFERENCES account, cents int NOT NULL);
CREATE INDEX payment_account ON payment (account_id);
